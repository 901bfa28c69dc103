package org.dateline.eval;

import java.util.List;
import java.util.Objects;

/**
 * One gold sentence of a CoNLL-2003 file.
 *
 * @param tokens the tokens in order, at least one
 * @param line the 1-based line of its first token in the file, for error messages
 */
public record ConllSentence(List<ConllToken> tokens, long line) {
  public ConllSentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence needs at least one token (line " + line + ")");
    }
  }

  /** The gold tags in token order. */
  public List<IobTag> tags() {
    return tokens.stream().map(ConllToken::tag).toList();
  }

  /** The words joined by single spaces: the form a pre-tokenized annotator reads. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (ConllToken t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.word());
    }
    return b.toString();
  }
}
