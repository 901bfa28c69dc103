package org.dateline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.dateline.aggregate.Ratio;
import org.junit.jupiter.api.Test;

class ReportNumbersTest {
  private static String ratio(long numerator, long denominator) {
    return ReportNumbers.fixed(Ratio.orAbsent(numerator, denominator));
  }

  @Test
  void ratiosAreRoundedHalfEvenToFourDecimalsWithoutTrailingZerosOrExponent() {
    assertEquals("0.25", ratio(1, 4));
    assertEquals("-0.25", ratio(-1, 4));
    assertEquals("2.5", ratio(10, 4));
    assertEquals("3", ratio(3, 1));
    assertEquals("0", ratio(0, 5));
    assertEquals("0.3333", ratio(1, 3));
    assertEquals("0", ratio(1, 20_000)); // 0.00005 -> even 0.0000
    assertEquals("0.0002", ratio(3, 20_000)); // 0.00015 -> even 0.0002
    assertEquals("0", ratio(-1, 20_000)); // -0.00005 -> 0, never "-0"
    assertEquals("30000000", ratio(30_000_000, 1));
    assertEquals("4285.7143", ratio(30_000, 7));
    assertEquals("12.5", ratio(10_000, 800));
    assertEquals("0.0123", ratio(1_230_000, 100_000_000));
  }

  @Test
  void noDataIsAnEmptyCellNotAZero() {
    assertEquals("", ratio(5, 0));
    assertEquals("", ReportNumbers.fixed((Ratio) null));
    assertEquals("", ReportNumbers.fixed((BigDecimal) null));
  }

  @Test
  void decimalsAreRoundedOnceHalfEvenAndNeverWrittenAsMinusZeroOrWithAnExponent() {
    assertEquals("-0.1234", ReportNumbers.fixed(new BigDecimal("-0.12345"))); // a tie goes to the even digit
    assertEquals("-0.1236", ReportNumbers.fixed(new BigDecimal("-0.12355")));
    assertEquals("-0.1235", ReportNumbers.fixed(new BigDecimal("-0.123450000000000001"))); // past the tie
    assertEquals("1.7078", ReportNumbers.fixed(new BigDecimal("1.707825127659933")));
    assertEquals("0", ReportNumbers.fixed(new BigDecimal("-0.00001")));
    assertEquals("0", ReportNumbers.fixed(new BigDecimal("0E-16")));
    assertEquals("1000", ReportNumbers.fixed(new BigDecimal("1E+3")));
    assertEquals("0.0001", ReportNumbers.fixed(new BigDecimal("1.2E-4")));
    assertEquals("-0.68", ReportNumbers.fixed(new BigDecimal("-0.6800000000000000")));
    assertEquals("0.0833", ReportNumbers.fixed(0.08333333333333333));
  }

  /**
   * The figures the tables held as text before they held numbers: one exact division rounded
   * to 4 places. Kept here as the reference that the report's output must still equal.
   */
  private static String formerRatioText(long numerator, long denominator) {
    if (denominator == 0) {
      return "";
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
  }

  @Test
  void ratiosInLowestTermsAreWrittenExactlyAsTheFormerTextOnTableLikeValues() {
    Random random = new Random(8);
    for (int i = 0; i < 100_000; i++) {
      // per-10k rates (count * 10000 over a period's tokens) and means of class scores -2..2
      long denominator = i % 2 == 0 ? 1 + random.nextInt(5_000_000) : 1 + random.nextInt(400);
      long numerator = i % 2 == 0
          ? 10_000L * (1 + random.nextInt((int) Math.min(denominator, 100_000)))
          : random.nextInt((int) (4 * denominator + 1)) - 2 * denominator;
      assertEquals(formerRatioText(numerator, denominator), ratio(numerator, denominator),
          numerator + "/" + denominator);
    }
  }

  @Test
  void ratiosOfAnySizeAreWrittenAsTheExactDivisionWrites() {
    Random random = new Random(9);
    long[] edges = {Long.MAX_VALUE, Long.MAX_VALUE / 10_000, Long.MAX_VALUE / 10_000 + 1, Long.MAX_VALUE / 2,
        Long.MAX_VALUE / 2 + 1, 1, 3, 20_000, 40_000};
    for (long n : edges) {
      for (long d : edges) {
        for (long sign : new long[] {1, -1}) {
          assertEquals(formerRatioText(sign * n, d), ratio(sign * n, d), sign * n + "/" + d);
        }
      }
      assertEquals(formerRatioText(Long.MIN_VALUE, n), ratio(Long.MIN_VALUE, n), Long.MIN_VALUE + "/" + n);
    }
    for (int i = 0; i < 100_000; i++) {
      long d = 1 + (random.nextLong() >>> (1 + random.nextInt(63)));
      long n = random.nextLong() >> random.nextInt(64);
      assertEquals(formerRatioText(n, d), ratio(n, d), n + "/" + d);
    }
  }

  /** The text of a double before the short cut: its exact binary value, rounded once. */
  private static String formerDoubleText(double value) {
    BigDecimal rounded = new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  private static String formerProbabilityText(double p) {
    if (p == 0) {
      return "0";
    }
    if (p >= 0.001) {
      return new BigDecimal(p).round(new java.math.MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros()
          .toPlainString();
    }
    return String.format(java.util.Locale.ROOT, "%.3e", p).replace("e-0", "e-");
  }

  @Test
  void doublesAndProbabilitiesAreWrittenAsTheirExactValuesRoundOnce() {
    // Exact binary ties: k/32 times 10^4 ends in .5, and goes to the even neighbour.
    assertEquals("0.0312", ReportNumbers.fixed(1.0 / 32));
    assertEquals("0.0938", ReportNumbers.fixed(3.0 / 32));
    assertEquals("-0.0312", ReportNumbers.fixed(-1.0 / 32));
    assertEquals("0", ReportNumbers.fixed(-0.0));
    assertEquals("0.1", ReportNumbers.probability(0.099996));
    assertEquals("0.001", ReportNumbers.probability(0.001));
    assertEquals("1", ReportNumbers.probability(1));
    Random random = new Random(10);
    for (int i = 0; i < 200_000; i++) {
      double v = switch (i % 5) {
        case 0 -> random.nextGaussian();
        case 1 -> random.nextGaussian() * Math.pow(10, random.nextInt(20) - 8);
        case 2 -> (random.nextInt(2_000_001) - 1_000_000) / 32.0 / Math.pow(2, random.nextInt(8));
        case 3 -> (random.nextInt(200_001) - 100_000) / 10_000.0 + (random.nextInt(3) - 1) * 0.00005;
        default -> Double.longBitsToDouble(random.nextLong() >>> 2) * (random.nextBoolean() ? 1 : -1);
      };
      if (Double.isFinite(v)) {
        assertEquals(formerDoubleText(v), ReportNumbers.fixed(v), Double.toString(v));
      }
      double p = switch (i % 4) {
        case 0 -> random.nextDouble();
        case 1 -> Math.pow(10, -4 * random.nextDouble());
        case 2 -> (1 + random.nextInt(100_000)) / 100_000.0;
        default -> Math.pow(10, -random.nextInt(4)) * (1 - random.nextInt(3) * 1e-5);
      };
      assertEquals(formerProbabilityText(p), ReportNumbers.probability(p), Double.toString(p));
    }
  }
}
