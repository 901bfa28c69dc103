package org.dateline.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How the research tables write computed statistics, the same way in every table. */
public final class ReportNumbers {
  private ReportNumbers() {}

  /**
   * {@code value} rounded half-even to 4 decimals, trailing zeros dropped, never in scientific
   * notation ({@code 4.5349}, {@code -0.25}, {@code 3}), like {@code per_10k}.
   */
  public static String fixed(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot write " + value + " as a table value; it should be finite");
    }
    BigDecimal d = new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
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
