package org.dateline.analysis;

/**
 * The keyness of one feature in a target against a reference.
 *
 * @param g2 Dunning's log-likelihood G² over the 2×2 table, negative when the target uses the
 *     feature relatively less than the reference
 * @param p the upper tail of χ²(1) at |g2|
 * @param logRatio Hardie's Log Ratio: log2 of the target's relative frequency over the
 *     reference's, with 0.5 in place of a zero count
 */
public record KeynessScore(double g2, double p, double logRatio) {

  /**
   * Scores a feature seen {@code count} times among {@code total} tokens of the target and
   * {@code referenceCount} times among {@code referenceTotal} tokens of the reference.
   *
   * @throws IllegalArgumentException when a count is negative, a count exceeds its total, or a
   *     total is zero
   */
  public static KeynessScore of(long count, long referenceCount, long total, long referenceTotal) {
    if (count < 0 || referenceCount < 0 || count > total || referenceCount > referenceTotal) {
      throw new IllegalArgumentException("keyness needs 0 <= count <= total in both corpora, got "
          + count + "/" + total + " and " + referenceCount + "/" + referenceTotal);
    }
    if (total == 0 || referenceTotal == 0) {
      throw new IllegalArgumentException("keyness needs tokens in both corpora, got totals "
          + total + " and " + referenceTotal + "; leave out periods without tokens");
    }
    double a = count;
    double b = referenceCount;
    double c = total - count;
    double d = referenceTotal - referenceCount;
    double n = a + b + c + d;
    double row1 = a + b;
    double row2 = c + d;
    double col1 = total;
    double col2 = referenceTotal;
    double g2 = 2 * (cell(a, row1 * col1 / n) + cell(b, row1 * col2 / n)
        + cell(c, row2 * col1 / n) + cell(d, row2 * col2 / n));
    // Rounding can leave a tiny negative sum for identical proportions.
    g2 = Math.max(0.0, g2);
    boolean under = a * col2 < b * col1;
    double signed = under ? -g2 : g2;
    double ratio = log2((Math.max(a, 0.5) / col1) / (Math.max(b, 0.5) / col2));
    return new KeynessScore(signed, ChiSquare.upperTail1(g2), ratio);
  }

  /** Pearson's χ² over the same table, without continuity correction; for comparison only. */
  public static double pearsonChiSquare(long count, long referenceCount, long total, long referenceTotal) {
    double a = count;
    double b = referenceCount;
    double c = total - count;
    double d = referenceTotal - referenceCount;
    double n = a + b + c + d;
    double num = n * (a * d - b * c) * (a * d - b * c);
    return num / ((a + b) * (c + d) * (a + c) * (b + d));
  }

  private static double cell(double observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
