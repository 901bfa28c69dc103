package org.dateline.model;

import java.util.List;
import java.util.Optional;

/**
 * A clause of a sentence with its own sentiment scores, so that the tone towards an entity can
 * be read from the clause that mentions it rather than from the whole sentence ("Kim praised
 * the workers, but the United States was condemned").
 *
 * @param begin the index of the clause's first token in its sentence
 * @param end the index one past its last token
 * @param probabilities CoreNLP's five class probabilities at the clause's node of the parse, or
 *     null when the clause did not come from a parse
 * @param scores one score per engine that scored the clause, in engine order (unmodifiable)
 */
public record Clause(int begin, int end, ClassProbabilities probabilities, List<SentenceScore> scores) {

  public Clause {
    if (begin < 0 || end <= begin) {
      throw new IllegalArgumentException("a clause spans tokens begin .. end - 1 with 0 <= begin < end, was "
          + begin + " .. " + end);
    }
    scores = EngineScores.ordered(scores, "a clause");
  }

  /** The number of tokens. */
  public int length() {
    return end - begin;
  }

  /** Whether the tokens {@code from .. to - 1} all lie in this clause. */
  public boolean contains(int from, int to) {
    return begin <= from && to <= end;
  }

  /** The engine's score of this clause, empty when that engine did not score it. */
  public Optional<SentenceScore> score(SentimentEngineId engine) {
    return EngineScores.of(scores, engine);
  }
}
