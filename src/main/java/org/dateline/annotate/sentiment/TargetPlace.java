package org.dateline.annotate.sentiment;

import java.util.Objects;
import org.dateline.model.Clause;
import org.dateline.model.Phrase;
import org.dateline.model.PhraseKind;
import org.dateline.model.Sentence;

/**
 * Where a target sits in the sentence's sentiment tree, for the {@code news} engine's phrase
 * features and place n-grams: the smallest phrase around it ({@code cover}, null when no phrase
 * holds it), the node that stands for the target ({@code begin .. end}: the cover itself when it
 * is a noun phrase or exactly the target, else the target's own tokens, a child of the cover),
 * that node's parent (null for the root) and its sibling within the parent (null when the
 * sibling is one word, whose node keeps no probabilities, or unknown).
 *
 * <p>Also the smallest clause around a target ({@link #clauseAround}). A navigation of the tree
 * only: what the engine reads there is {@link NewsFeatures}'s and {@link NewsGrams}'s.
 */
record TargetPlace(Phrase cover, int begin, int end, Phrase parent, Phrase sibling) {

  /** The place of the target at tokens {@code from .. to - 1}. */
  static TargetPlace of(Sentence sentence, int from, int to) {
    Phrase cover = cover(sentence, from, to);
    int begin = from;
    int end = to;
    Phrase parent = cover;
    if (cover != null && (cover.kind() == PhraseKind.NOUN_PHRASE || (cover.begin() == from && cover.end() == to))) {
      begin = cover.begin();
      end = cover.end();
      parent = parent(sentence, begin, end);
    }
    int parentBegin = parent == null ? 0 : parent.begin();
    int parentEnd = parent == null ? sentence.tokens().size() : parent.end();
    Phrase sibling = begin == parentBegin ? phraseAt(sentence, end, parentEnd)
        : end == parentEnd ? phraseAt(sentence, parentBegin, begin) : null;
    return new TargetPlace(cover, begin, end, parent, sibling);
  }

  /**
   * The smallest clause that holds every token of {@code from .. to - 1}, the first on a tie,
   * as {@link Sentence#scoreAround} picks it; null when none does or the span is unknown.
   */
  static Clause clauseAround(Sentence sentence, int from, int to) {
    Objects.requireNonNull(sentence, "sentence");
    Clause best = null;
    if (from >= 0 && to > from) {
      for (Clause c : sentence.clauses()) {
        if (c.contains(from, to) && (best == null || c.length() < best.length())) {
          best = c;
        }
      }
    }
    return best;
  }

  /** The smallest phrase that holds tokens {@code from .. to - 1}; null when none does. */
  static Phrase cover(Sentence sentence, int from, int to) {
    Phrase best = null;
    for (Phrase p : sentence.phrases()) {
      if (p.contains(from, to) && (best == null || p.length() < best.length())) {
        best = p;
      }
    }
    return best;
  }

  /** The smallest phrase larger than tokens {@code begin .. end - 1} around them; null when that is the root. */
  private static Phrase parent(Sentence sentence, int begin, int end) {
    Phrase best = null;
    for (Phrase p : sentence.phrases()) {
      if (p.length() > end - begin && p.contains(begin, end) && (best == null || p.length() < best.length())) {
        best = p;
      }
    }
    return best;
  }

  /** The phrase of exactly tokens {@code begin .. end - 1}; null when the tree has none. */
  private static Phrase phraseAt(Sentence sentence, int begin, int end) {
    for (Phrase p : sentence.phrases()) {
      if (p.begin() == begin && p.end() == end) {
        return p;
      }
    }
    return null;
  }
}
