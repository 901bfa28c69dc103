package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void formatsRoundedHalfEvenWithoutTrailingZerosOrExponent() {
    assertEquals("0.25", Decimals.ratio(1, 4));
    assertEquals("-0.25", Decimals.ratio(-1, 4));
    assertEquals("2.5", Decimals.ratio(10, 4));
    assertEquals("3", Decimals.ratio(3, 1));
    assertEquals("0", Decimals.ratio(0, 5));
    assertEquals("0.3333", Decimals.ratio(1, 3));
    assertEquals("0", Decimals.ratio(1, 20_000)); // 0.00005 -> even 0.0000
    assertEquals("0.0002", Decimals.ratio(3, 20_000)); // 0.00015 -> even 0.0002
    assertEquals("30000000", Decimals.ratio(30_000_000, 1));
    assertEquals("", Decimals.ratio(5, 0));
    assertEquals("4285.7143", Decimals.per10k(3, 7));
    assertEquals("12.5", Decimals.per10k(1, 800));
    assertEquals("0.0123", Decimals.per10k(123, 100_000_000));
  }
}
