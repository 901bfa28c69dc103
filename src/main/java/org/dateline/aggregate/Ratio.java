package org.dateline.aggregate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact quotient of two integer sums, such as a mean score or a rate per 10,000 tokens. It
 * stays unrounded in the tables so that a report rounds it once, and the figure comes out the
 * same however the sums were split between threads or partial tables.
 *
 * <p>Kept in lowest terms, so that equal values are equal records: {@code new Ratio(20000, 6)}
 * equals {@code new Ratio(10000, 3)}.
 *
 * @param numerator the dividend, of any sign
 * @param denominator the divisor, above 0; a value with nothing to divide by is absent (null)
 *     rather than a ratio
 */
public record Ratio(long numerator, long denominator) implements java.io.Serializable {
  public Ratio {
    if (denominator <= 0) {
      throw new IllegalArgumentException("a ratio needs a denominator above 0, got " + numerator + "/"
          + denominator + "; leave the value absent (null) when there is nothing to divide by");
    }
    long divisor = gcd(numerator, denominator);
    numerator /= divisor;
    denominator /= divisor;
  }

  /**
   * The greatest common divisor of {@code a} and {@code b > 0}. Euclid on longs: the tables build
   * a ratio per row, and BigInteger's costs more than the rest of building the row. BigInteger
   * only for {@code Long.MIN_VALUE}, whose magnitude does not fit a long; the result never
   * exceeds {@code b}.
   */
  private static long gcd(long a, long b) {
    if (a == Long.MIN_VALUE) {
      return BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
    }
    long x = Math.abs(a);
    long y = b;
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  /** The ratio, or null when {@code denominator} is 0 ("no data", not a zero). */
  public static Ratio orAbsent(long numerator, long denominator) {
    return denominator == 0 ? null : new Ratio(numerator, denominator);
  }

  /** The quotient rounded to {@code scale} decimals with {@code mode}, in one exact step. */
  public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, mode);
  }

  /** The value as a double, for arithmetic; reports round with {@link #toBigDecimal(int, RoundingMode)}. */
  public double doubleValue() {
    return toBigDecimal(20, RoundingMode.HALF_EVEN).doubleValue();
  }
}
