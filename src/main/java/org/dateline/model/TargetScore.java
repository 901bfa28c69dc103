package org.dateline.model;

import java.util.List;
import java.util.Optional;

/**
 * The scores of a sentence's tone towards the tokens of one mention, by the engines that score
 * a target on its own rather than through its clause (the {@code news} engine reads the words
 * around the target and its place in the parse).
 *
 * @param begin the index of the mention's first token in its sentence
 * @param end the index one past its last token
 * @param scores one score per engine that scored the mention, in engine order (unmodifiable)
 */
public record TargetScore(int begin, int end, List<SentenceScore> scores) {

  public TargetScore {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("a target spans tokens begin .. end - 1 with 0 <= begin < end, was "
          + begin + " .. " + end);
    }
    scores = EngineScores.ordered(scores, "a target");
  }

  /** The engine's score of this target, empty when that engine did not score it. */
  public Optional<SentenceScore> score(SentimentEngineId engine) {
    return EngineScores.of(scores, engine);
  }
}
