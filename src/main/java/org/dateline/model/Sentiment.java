package org.dateline.model;

/**
 * CoreNLP's five sentence sentiment classes. The score of a sentence is its class minus 2,
 * so that a period's mean runs from -2 (very negative) to +2 (very positive).
 */
public enum Sentiment {
  VERY_NEGATIVE,
  NEGATIVE,
  NEUTRAL,
  POSITIVE,
  VERY_POSITIVE;

  /** CoreNLP's class number, 0 to 4. */
  public int classIndex() {
    return ordinal();
  }

  /** class - 2: -2 to +2. */
  public int score() {
    return ordinal() - 2;
  }

  public static Sentiment ofClass(int classIndex) {
    if (classIndex < 0 || classIndex > 4) {
      throw new IllegalArgumentException("sentiment class must be 0 to 4, was " + classIndex);
    }
    return values()[classIndex];
  }
}
