package org.dateline.analysis;

/**
 * quanteda's {@code textstat_collocations(method = "lambda", smoothing = 0.5)} score of one
 * sequence of k = 2 or 3 words (Blaheta and Johnson 2001, as implemented in quanteda).
 *
 * <p>Among all k-word sequences of the corpus, {@code counts[b]} is the number whose words match
 * the collocation at exactly the positions whose bits are set in b (bit i for word i): {@code
 * counts[2^k − 1]} is the collocation's own count, {@code counts[0]} the sequences that share no
 * word at the same position. Each cell gets 0.5 added; then
 * {@code λ = Σ_b (−1)^(k − bits(b)) · ln counts[b]} and {@code z = λ / √Σ_b 1/counts[b]}. For
 * k = 2 this is {@code ln(n11·n22 / (n12·n21))}.
 */
public record Collocation(double lambda, double z) {
  public static final double SMOOTHING = 0.5;

  /**
   * Scores a collocation from its match-pattern counts (length 4 for pairs, 8 for triples).
   *
   * @throws IllegalArgumentException when the length is not 4 or 8 or a count is negative
   */
  public static Collocation of(long[] counts) {
    if (counts.length != 4 && counts.length != 8) {
      throw new IllegalArgumentException("collocation counts must have 4 (pairs) or 8 (triples) cells, got "
          + counts.length);
    }
    int k = counts.length == 4 ? 2 : 3;
    double lambda = 0;
    double variance = 0;
    for (int b = 0; b < counts.length; b++) {
      if (counts[b] < 0) {
        throw new IllegalArgumentException("collocation count " + b + " is negative: " + counts[b]);
      }
      double n = counts[b] + SMOOTHING;
      int misses = k - Integer.bitCount(b);
      lambda += (misses % 2 == 0 ? 1 : -1) * Math.log(n);
      variance += 1 / n;
    }
    return new Collocation(lambda, lambda / Math.sqrt(variance));
  }
}
