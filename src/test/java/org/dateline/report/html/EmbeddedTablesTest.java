package org.dateline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EmbeddedTablesTest {

  @Test
  void cellsAreReadAsTheGeneralParserReadsThem() {
    for (String cell : List.of("0", "-0", "7", "007", "-12", "123456789012345", "1234567890123456", "+5", "-", "1.5",
        "-0.25", "1.524e-23", "12a", "NaN")) {
      double expected;
      try {
        double d = Double.parseDouble(cell);
        expected = Double.isNaN(d) ? 0 : d;
      } catch (NumberFormatException e) {
        expected = 0;
      }
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(EmbeddedTables.number(cell)), cell);
    }
    Random random = new Random(3);
    for (int i = 0; i < 10_000; i++) {
      String cell = Long.toString(random.nextLong() >> random.nextInt(64));
      assertEquals(Double.parseDouble(cell), EmbeddedTables.number(cell), cell);
    }
    assertEquals(0, EmbeddedTables.number(""));
  }
}
