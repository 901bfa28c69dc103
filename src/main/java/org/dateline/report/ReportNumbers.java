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
  private static final long SCALE_FACTOR = 10_000;
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

  private ReportNumbers() {}

  /**
   * {@code value} rounded half-even to 4 decimals, trailing zeros dropped, never in scientific
   * notation ({@code 4.5349}, {@code -0.25}, {@code 3}), like {@code per_10k}.
   */
  public static String fixed(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot write " + value + " as a table value; it should be finite");
    }
    // value * 10^4 in double arithmetic is within 2^-12 of the exact product below 2^40, so its
    // nearest integer is the exact one unless the product lies near a half: only those (and
    // larger values) need the exact decimal expansion.
    double scaled = value * SCALE_FACTOR;
    String quick = Math.abs(scaled) < 0x1p40 ? roundedUnlessNearHalf(scaled, 1e-3, SCALE) : null;
    return quick != null ? quick : plain(new BigDecimal(value).setScale(SCALE, RoundingMode.HALF_EVEN));
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
    if (value == null) {
      return "";
    }
    long n = value.numerator();
    long d = value.denominator();
    if (n != Long.MIN_VALUE && Math.abs(n) <= Long.MAX_VALUE / SCALE_FACTOR && d <= Long.MAX_VALUE / 2) {
      // The exact quotient in long arithmetic, rounded half-even like BigDecimal's divide.
      long scaled = n * SCALE_FACTOR;
      long quotient = scaled / d;
      long twiceRemainder = 2 * Math.abs(scaled % d);
      if (twiceRemainder > d || (twiceRemainder == d && (quotient & 1) != 0)) {
        quotient += scaled < 0 ? -1 : 1;
      }
      return plain(quotient, SCALE);
    }
    return plain(value.toBigDecimal(SCALE, RoundingMode.HALF_EVEN));
  }

  /**
   * {@code unscaled / 10^scale} as {@link #plain(BigDecimal)} writes it, without a BigDecimal:
   * the tables print hundreds of thousands of these.
   */
  private static String plain(long unscaled, int scale) {
    if (unscaled == 0) {
      return "0";
    }
    long unit = POWERS_OF_TEN[scale];
    StringBuilder out = new StringBuilder(24);
    if (unscaled < 0) {
      out.append('-');
    }
    long magnitude = Math.abs(unscaled);
    out.append(magnitude / unit);
    long fraction = magnitude % unit;
    if (fraction != 0) {
      int digits = scale;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      out.append('.');
      String f = Long.toString(fraction);
      for (int i = f.length(); i < digits; i++) {
        out.append('0');
      }
      out.append(f);
    }
    return out.toString();
  }

  /**
   * {@code scaled}, a value times 10^decimals whose error is below {@code margin}, rounded to
   * the nearest integer and written as {@link #plain(long, int)}; null when it lies within
   * {@code margin} of a half, where only the exact value can tell the way.
   */
  private static String roundedUnlessNearHalf(double scaled, double margin, int decimals) {
    double floor = Math.floor(scaled);
    double fraction = scaled - floor;
    return Math.abs(fraction - 0.5) > margin ? plain((long) floor + (fraction > 0.5 ? 1 : 0), decimals) : null;
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
      // Four significant digits are 3 to 6 decimals here. The doubles 0.1, 0.01 and 0.001 lie
      // just above the decimal powers, so comparing with them places p as its exact value lies;
      // the scaled product is within 2^-40 of the exact one, so only near-halves need BigDecimal.
      int decimals = p >= 1 ? 3 : p >= 0.1 ? 4 : p >= 0.01 ? 5 : 6;
      String quick = roundedUnlessNearHalf(p * POWERS_OF_TEN[decimals], 1e-6, decimals);
      if (quick != null) {
        return quick;
      }
      return new BigDecimal(p).round(new java.math.MathContext(4, RoundingMode.HALF_EVEN))
          .stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.3e", p).replace("e-0", "e-");
  }
}
