package org.dateline.eval;

import java.util.Objects;
import org.dateline.model.Tone;

/**
 * One target of a NewsMTSC sentence: a mention of a person and the tone the sentence takes
 * towards them.
 *
 * @param id the target's id ({@code Input.gid}, else the sentence's id and the target's place)
 * @param sentence the sentence text
 * @param from the mention's first character in {@code sentence}
 * @param to one past its last character
 * @param gold the labelled tone
 * @param line the 1-based line in the gold file
 */
public record TargetItem(String id, String sentence, int from, int to, Tone gold, long line) {
  public TargetItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(gold, "gold");
    if (from < 0 || to < from || to > sentence.length()) {
      throw new IllegalArgumentException("target span " + from + ".." + to
          + " does not lie in the sentence of " + sentence.length() + " characters");
    }
  }

  /** The mention as written. */
  public String mention() {
    return sentence.substring(from, to);
  }
}
