package org.dateline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The checks and look-up shared by the records that hold one score per engine. */
final class EngineScores {

  private EngineScores() {}

  /**
   * The scores in engine order, unmodifiable.
   *
   * @param holder what holds them ("a clause"), for the message
   * @throws IllegalArgumentException when an engine scored twice
   */
  static List<SentenceScore> ordered(List<SentenceScore> scores, String holder) {
    List<SentenceScore> sorted = new ArrayList<>(Objects.requireNonNull(scores, "scores"));
    sorted.sort(Comparator.comparing(SentenceScore::engine));
    EnumSet<SentimentEngineId> seen = EnumSet.noneOf(SentimentEngineId.class);
    for (SentenceScore s : sorted) {
      if (!seen.add(s.engine())) {
        throw new IllegalArgumentException(holder + " has one score per engine, but "
            + s.engine().label() + " scored it twice: " + scores);
      }
    }
    return List.copyOf(sorted);
  }

  /** The engine's score among {@code scores}, empty when it gave none. */
  static Optional<SentenceScore> of(List<SentenceScore> scores, SentimentEngineId engine) {
    for (SentenceScore s : scores) {
      if (s.engine() == engine) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
