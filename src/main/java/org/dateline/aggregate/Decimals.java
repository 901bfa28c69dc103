package org.dateline.aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way report figures turn into text, so that every table formats alike. */
final class Decimals {
  static final int SCALE = 4;

  private Decimals() {}

  /**
   * numerator / denominator rounded half-even to 4 decimals, trailing zeros dropped, never in
   * scientific notation: {@code "12.5"}, {@code "3"}, {@code "0.0123"}, {@code "-0.25"}. Empty
   * when the denominator is 0, so that "no data" is not mistaken for a zero.
   */
  static String ratio(long numerator, long denominator) {
    if (denominator == 0) {
      return "";
    }
    // Exact integer inputs and one rounding step make the text independent of how the sums were split.
    BigDecimal value = BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_EVEN);
    return value.stripTrailingZeros().toPlainString();
  }

  /** A value rounded half-even to 4 decimals, trailing zeros dropped: {@code "-0.1235"}. */
  static String of(BigDecimal value) {
    String text = value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    // -0.00001 rounds to "0", never to "-0"
    return text.equals("-0") ? "0" : text;
  }

  static String per10k(long count, long countedTokens) {
    return ratio(Math.multiplyExact(count, 10_000L), countedTokens);
  }
}
