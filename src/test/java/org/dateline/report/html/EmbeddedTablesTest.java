package org.dateline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
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

  /** A terms table by day: {@code terms} terms on each of {@code days} days, term t counted t + 1 times. */
  private static CsvTable daily(int terms, int days) {
    List<List<String>> rows = new ArrayList<>();
    LocalDate start = LocalDate.of(2015, 1, 1);
    for (int d = 0; d < days; d++) {
      for (int t = 0; t < terms; t++) {
        rows.add(List.of(start.plusDays(d).toString(), "term" + t, Integer.toString(t + 1)));
      }
    }
    return new CsvTable("terms_by_date.csv", List.of("period", "term", "count"), rows);
  }

  @Test
  void aShortRunKeepsEveryTopSeries() {
    EmbeddedTables.Embedded e = EmbeddedTables.topSeries(daily(30, 100), "term", "count", 20, "terms");
    assertEquals(20 * 100, e.table().rows().size());
    assertEquals("the 20 terms with the highest count over the run, of 30", e.kept());
  }

  @Test
  void aLongDailyRunKeepsFewerSeriesAndSaysSo() {
    int days = 3_000;
    EmbeddedTables.Embedded e = EmbeddedTables.topSeries(daily(30, days), "term", "count", 20, "terms");
    int kept = EmbeddedTables.SERIES_ROWS / days;
    assertEquals(kept * days, e.table().rows().size());
    assertEquals(90_000, e.rowsInFile());
    assertEquals("the " + kept + " terms with the highest count over the run, of 30 (not 20: the run has 3000"
        + " periods, and the page stays small)", e.kept());
    // the heaviest terms, whole rows of the file
    assertEquals("term" + (30 - kept), e.table().rows().get(0).get(1));
    assertEquals(EmbeddedTables.MIN_SERIES, EmbeddedTables.seriesLimit(daily(1, 100_000), 500));
  }

  @Test
  void keynessRowsPerSideShrinkWithThePeriods() {
    CsvTable t = daily(3, 5_000);
    assertEquals(25, EmbeddedTables.perSideWithin(daily(3, 10), List.of("period"), 25, 15_000));
    assertEquals(1, EmbeddedTables.perSideWithin(t, List.of("period"), 25, 15_000));
    assertEquals(7, EmbeddedTables.perSideWithin(daily(3, 1_000), List.of("period"), 25, 15_000));
  }
}
