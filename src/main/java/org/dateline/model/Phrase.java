package org.dateline.model;

import java.util.Objects;

/**
 * A node of CoreNLP's sentiment tree with the model's class probabilities there: the
 * {@code news} engine reads the tone of the phrase around a target, of its sibling (the
 * predicate of a subject), and of the sentence's parts.
 *
 * @param begin the index of the phrase's first token in its sentence
 * @param end the index one past its last token
 * @param kind what the constituent is
 * @param probabilities the sentiment model's five class probabilities at the node
 */
public record Phrase(int begin, int end, PhraseKind kind, ClassProbabilities probabilities) {

  public Phrase {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("a phrase spans tokens begin .. end - 1 with 0 <= begin < end, was "
          + begin + " .. " + end);
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(probabilities, "probabilities");
  }

  /** The number of tokens. */
  public int length() {
    return end - begin;
  }

  /** Whether the tokens {@code from .. to - 1} all lie in this phrase. */
  public boolean contains(int from, int to) {
    return begin <= from && to <= end;
  }
}
