package org.dateline.model;

import java.util.Locale;

/** The three-way sentiment label every engine gives a sentence, for counts and F1. */
public enum Tone {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** CoreNLP's classes 0-1 are negative, 2 neutral, 3-4 positive. */
  public static Tone of(Sentiment sentiment) {
    return switch (sentiment) {
      case VERY_NEGATIVE, NEGATIVE -> NEGATIVE;
      case NEUTRAL -> NEUTRAL;
      case POSITIVE, VERY_POSITIVE -> POSITIVE;
    };
  }

  /** The tone of a score with a neutral band {@code [-threshold, +threshold]} left open at its ends. */
  public static Tone of(double score, double threshold) {
    if (score >= threshold) {
      return POSITIVE;
    }
    return score <= -threshold ? NEGATIVE : NEUTRAL;
  }
}
