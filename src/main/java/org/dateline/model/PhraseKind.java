package org.dateline.model;

import java.util.Objects;

/**
 * The kind of a phrase of CoreNLP's sentiment tree, from its constituent label: what the
 * {@code news} engine needs to tell a subject from an object or the complement of a preposition.
 */
public enum PhraseKind {
  NOUN_PHRASE,
  VERB_PHRASE,
  PREPOSITIONAL_PHRASE,
  /** S, SBAR, SINV, SQ, SBARQ. */
  CLAUSE,
  ADJECTIVE_PHRASE,
  ADVERB_PHRASE,
  /** Every other label, part-of-speech tags of one-word phrases among them. */
  OTHER;

  /**
   * The kind of a constituent label; a binarizer's intermediate node ({@code @VP}) takes the kind
   * of the node it was split from, and functional tags ({@code NP-TMP}) and indexes ({@code S=2})
   * are ignored.
   */
  public static PhraseKind ofLabel(String label) {
    Objects.requireNonNull(label, "label");
    String l = label.startsWith("@") ? label.substring(1) : label;
    int cut = l.length();
    for (int i = 1; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '-' || c == '=') {
        cut = i;
        break;
      }
    }
    return switch (l.substring(0, cut)) {
      case "NP", "NX", "NML", "WHNP" -> NOUN_PHRASE;
      case "VP" -> VERB_PHRASE;
      case "PP", "WHPP" -> PREPOSITIONAL_PHRASE;
      case "S", "SBAR", "SINV", "SQ", "SBARQ" -> CLAUSE;
      case "ADJP", "WHADJP" -> ADJECTIVE_PHRASE;
      case "ADVP", "WHADVP" -> ADVERB_PHRASE;
      default -> OTHER;
    };
  }
}
