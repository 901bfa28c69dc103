package org.dateline.model;

import java.util.Objects;

/**
 * One engine's score of one sentence.
 *
 * @param engine the engine
 * @param score on the engine's scale (see {@link SentimentEngineId})
 * @param tone the engine's three-way label
 */
public record SentenceScore(SentimentEngineId engine, double score, Tone tone) {
  public SentenceScore {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(tone, "tone");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException(engine.label() + " score must be a finite number, was " + score);
    }
  }
}
