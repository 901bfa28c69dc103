package org.dateline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
    List<SentenceScore> sorted = new ArrayList<>(Objects.requireNonNull(scores, "scores"));
    sorted.sort(Comparator.comparing(SentenceScore::engine));
    EnumSet<SentimentEngineId> seen = EnumSet.noneOf(SentimentEngineId.class);
    for (SentenceScore s : sorted) {
      if (!seen.add(s.engine())) {
        throw new IllegalArgumentException("a clause has one score per engine, but "
            + s.engine().label() + " scored it twice: " + scores);
      }
    }
    scores = List.copyOf(sorted);
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
    for (SentenceScore s : scores) {
      if (s.engine() == engine) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
