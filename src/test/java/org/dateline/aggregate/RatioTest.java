package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {
  @Test
  void equalValuesAreEqualRecordsInLowestTerms() {
    assertEquals(new Ratio(10_000, 3), new Ratio(20_000, 6));
    assertEquals(-1, new Ratio(-3, 3).numerator());
    assertEquals(1, new Ratio(-3, 3).denominator());
    assertEquals(new Ratio(0, 1), new Ratio(0, 7));
    assertEquals(new Ratio(Long.MIN_VALUE, 1), new Ratio(Long.MIN_VALUE, 1));
    assertEquals(new Ratio(Long.MIN_VALUE / 2, 1), new Ratio(Long.MIN_VALUE, 2));
  }

  @Test
  void nothingToDivideByIsAbsentNotAZero() {
    assertNull(Ratio.orAbsent(5, 0));
    assertEquals(new Ratio(1, 4), Ratio.orAbsent(2, 8));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ratio(5, 0));
    assertTrue(e.getMessage().contains("5/0"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Ratio(5, -2));
  }

  @Test
  void valuesAreExactQuotients() {
    assertEquals(new BigDecimal("4285.7143"), new Ratio(30_000, 7).toBigDecimal(4, RoundingMode.HALF_EVEN));
    assertEquals(0.25, new Ratio(1, 4).doubleValue());
    assertEquals(-2.0 / 3, new Ratio(-2, 3).doubleValue());
  }

  @Test
  void lowestTermsAgreeWithBigIntegerGcd() {
    long[] values = {0, 1, -1, 2, 6, -6, 35, 10_000, -30_000, 1L << 40, 999_999_937L, Long.MAX_VALUE,
        Long.MIN_VALUE, Long.MIN_VALUE + 1};
    for (long n : values) {
      for (long d : values) {
        if (d <= 0) {
          continue;
        }
        long g = java.math.BigInteger.valueOf(n).gcd(java.math.BigInteger.valueOf(d)).longValueExact();
        Ratio r = new Ratio(n, d);
        assertEquals(n / g, r.numerator(), n + "/" + d);
        assertEquals(d / g, r.denominator(), n + "/" + d);
      }
    }
  }
}
