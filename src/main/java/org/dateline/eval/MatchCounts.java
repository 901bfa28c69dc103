package org.dateline.eval;

/**
 * Entity counts for one class or for all: gold entities, predicted entities, and predicted
 * entities that match a gold one exactly (same start, end and class). Mergeable by {@link #plus}.
 *
 * <p>Rates are percentages, 0 to 100, and 0 when undefined (nothing predicted or nothing
 * gold), as conlleval reports them.
 */
public record MatchCounts(long gold, long predicted, long correct) {

  public static final MatchCounts EMPTY = new MatchCounts(0, 0, 0);

  public MatchCounts {
    if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException(
          "need 0 <= correct <= gold and predicted, was gold=" + gold + ", predicted=" + predicted
              + ", correct=" + correct);
    }
  }

  public MatchCounts plus(MatchCounts other) {
    return new MatchCounts(gold + other.gold, predicted + other.predicted, correct + other.correct);
  }

  public double precision() {
    return predicted == 0 ? 0 : 100.0 * correct / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : 100.0 * correct / gold;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
