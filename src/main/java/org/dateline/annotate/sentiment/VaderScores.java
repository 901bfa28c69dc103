package org.dateline.annotate.sentiment;

/**
 * VADER's four scores of one text, rounded as the published implementation rounds them.
 *
 * @param negative share of the text's sentiment mass that is negative, 0 .. 1 (3 places)
 * @param neutral share of words without sentiment, 0 .. 1 (3 places)
 * @param positive share that is positive, 0 .. 1 (3 places)
 * @param compound the normalised sum of valences, -1 .. +1 (4 places)
 */
public record VaderScores(double negative, double neutral, double positive, double compound) {

  /** The scores of a text with no words. */
  public static final VaderScores EMPTY = new VaderScores(0, 0, 0, 0);

  public VaderScores {
    if (!(compound >= -1 && compound <= 1)) {
      throw new IllegalArgumentException("compound must lie in -1 .. 1, was " + compound);
    }
  }
}
