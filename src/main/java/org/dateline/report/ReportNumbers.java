package org.dateline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.dateline.aggregate.Ratio;

/**
 * How the tables write computed figures, the same way in every table: the rows hold numbers
 * and only the report turns them into text.
 */
public final class ReportNumbers {
  /** Decimals kept in every table. */
  public static final int SCALE = 4;

  private ReportNumbers() {}

  /**
   * {@code value} rounded half-even to 4 decimals, trailing zeros dropped, never in scientific
   * notation ({@code 4.5349}, {@code -0.25}, {@code 3}), like {@code per_10k}.
   */
  public static String fixed(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot write " + value + " as a table value; it should be finite");
    }
    return plain(new BigDecimal(value).setScale(SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * {@code value} rounded like {@link #fixed(double)}; empty when null, so that "no data" is
   * not mistaken for a zero.
   */
  public static String fixed(BigDecimal value) {
    return value == null ? "" : plain(value.setScale(SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * The exact quotient rounded like {@link #fixed(double)} in one step, so that the text does
   * not depend on how the sums were split ({@code 4285.7143} for 30000/7); empty when null.
   */
  public static String fixed(Ratio value) {
    return value == null ? "" : plain(value.toBigDecimal(SCALE, RoundingMode.HALF_EVEN));
  }

  private static String plain(BigDecimal rounded) {
    // -0.00001 rounds to 0, which is written "0", never "0.0000" or "-0"
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  /**
   * A probability with 4 significant digits, in scientific notation below 0.001 so that tiny
   * p-values keep their digits ({@code 0.03321}, {@code 1.524e-23}); R's {@code read.csv} and
   * pandas read both forms as numbers.
   */
  public static String probability(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("a probability must lie in [0, 1], got " + p);
    }
    if (p == 0) {
      return "0";
    }
    if (p >= 0.001) {
      return new BigDecimal(p).round(new java.math.MathContext(4, RoundingMode.HALF_EVEN))
          .stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.3e", p).replace("e-0", "e-");
  }
}
