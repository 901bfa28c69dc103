package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "2024-01-02|2024-01-02",
        "2024-01-02T10:00:00Z|2024-01-02",
        "2024-01-02T23:30:00-05:00|2024-01-03",
        "2024-01-02 23:30:00 -0500|2024-01-03",
        "2024-01-02T01:00:00+09:00|2024-01-01",
        "2024-01-02T10:00:00.123+09:00|2024-01-02",
        "2024-01-02 10:00:00|2024-01-02",
        "December 31, 2017 |2017-12-31",
        "  December 31, 2017|2017-12-31",
        "Dec 31, 2017|2017-12-31",
        "DECEMBER 31, 2017|2017-12-31",
        "december 31 2017|2017-12-31",
        "31 December 2017|2017-12-31",
        "Sept 5, 2016|2016-09-05",
        "26-FEB-1987 15:01:01.79|1987-02-26",
        "1703376000000|2023-12-24",
        "1703376000|2023-12-24",
        "1.7092512E12|2024-03-01",
        "1709251200.0|2024-03-01",
        "1709251200000.0|2024-03-01",
        "Tue, 3 Jun 2008 11:05:30 GMT|2008-06-03",
        "Sun, 24 Dec 2023 00:00:00 +0000|2023-12-24",
        "2024/01/02|2024-01-02",
        "20240102|2024-01-02",
        "January 26, 2026|2026-01-26",
        "December 31, 2027|2027-12-31",
        "0|1970-01-01",
        "86400|1970-01-02",
        "-86400|1969-12-31",
        "12345|1970-01-01",
        "-1|1969-12-31",
        "0.0|1970-01-01",
        "-86400.5|1969-12-31",
        "-1703376000000|1916-01-10",
        "20240115|2024-01-15",
        "20240115.0|2024-01-15",
        "-20240115|1969-05-11",
      })
  void parsesKnownFormats(String value, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), DATES.parse(value));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "", "   ", "0001-01-01", "1799-12-31", "2028-01-01", "3024-05-01", "garbage",
        "2024-02-30", "2024-13-01", "February 30, 2024", "99999999999999", "-99999999999999",
        "Pyongyang, March 14", "2024-01-02 and more", "December 2017"
      })
  void rejectsGarbageAndImplausibleYears(String value) {
    assertEquals(Optional.empty(), DATES.parse(value));
  }

  @Test
  void instantsFallOnTheDayOfTheChosenZone() {
    DateParser pyongyang = new DateParser(CorpusAssertions.TODAY, ZoneId.of("Asia/Pyongyang"));
    // 16:00 UTC on 29 February is 01:00 on 1 March in Pyongyang (UTC+9).
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), pyongyang.parse("2024-02-29T16:00:00Z"));
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DATES.parse("2024-02-29T16:00:00Z"));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), pyongyang.parse("1709222400"));
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), DATES.parse("1709222400"));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), pyongyang.parse("Thu, 29 Feb 2024 16:00:00 GMT"));
    // A time without an offset is not an instant: the day as written, in any zone.
    assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), pyongyang.parse("2024-02-29 16:00:00"));
  }

  @Test
  void smallAndNegativeEpochsAreTheirDaysAroundNineteenSeventy() {
    // The refusal named 1800 to next year, and 1970 is inside: an epoch is read when its day is.
    DateParser pyongyang = new DateParser(CorpusAssertions.TODAY, ZoneId.of("Asia/Pyongyang"));
    assertEquals(Optional.of(LocalDate.of(1970, 1, 1)), pyongyang.parse("0"));
    assertEquals(Optional.of(LocalDate.of(1970, 1, 1)), pyongyang.parse("-3600"));
    assertEquals(Optional.of(LocalDate.of(1969, 12, 31)), DATES.parse("-3600"));
    // Before 1800: still no date (-5,400,000,000 seconds is 1798).
    assertEquals(Optional.empty(), DATES.parse("-5400000000"));
    // A bare number on its own line of page text is still not a date line.
    assertFalse(DATES.isDateLine("-86400"));
    assertFalse(DATES.isDateLine("0"));
  }

  @Test
  void optionDatesAreIsoWithMessagesNamingValueAndForm() {
    assertEquals(LocalDate.of(2024, 3, 14), DateParser.parseOption("2024-03-14"));
    assertEquals(LocalDate.of(2024, 2, 29), DateParser.parseOption(" 2024-02-29 "));
    assertEquals(LocalDate.of(1700, 1, 1), DateParser.parseOption("1700-01-01"), "the range is the caller's check");
    assertEquals("'14.03.2024' is not a date; give it as YYYY-MM-DD, such as 2024-03-14",
        optionError("14.03.2024"));
    assertEquals("'' is not a date; give it as YYYY-MM-DD, such as 2024-03-14", optionError(""));
    assertEquals("'2024-3-14' is not a date; give it as YYYY-MM-DD, such as 2024-03-14", optionError("2024-3-14"));
    assertEquals("'2024-13-01' has no month 13; give the date as YYYY-MM-DD with a month from 01 to 12",
        optionError("2024-13-01"));
    assertEquals("'2023-02-29' is not a day of the calendar: February 2023 has days 01 to 28",
        optionError("2023-02-29"));
    assertEquals("'2024-04-00' is not a day of the calendar: April 2024 has days 01 to 30", optionError("2024-04-00"));
    for (String value : new String[] {"abc", "2024-02-30", "2024-13-01", "20240314"}) {
      String message = optionError(value);
      assertFalse(message.contains("Exception") || message.contains("java."), message);
      assertTrue(message.contains("'" + value + "'"), message);
    }
  }

  private static String optionError(String value) {
    return org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> DateParser.parseOption(value)).getMessage();
  }

  @Test
  void nullIsEmpty() {
    assertEquals(Optional.empty(), DATES.parse(null));
  }

  @Test
  void yearLimitFollowsTheClock() {
    assertEquals(2027, DATES.maxYear());
    assertTrue(new DateParser().parse("2024-01-02").isPresent());
  }

  @Test
  void datelineTakesMonthAndDayInTheGivenYear() {
    assertEquals(
        Optional.of(LocalDate.of(2015, 3, 14)),
        DATES.parseDateline("Pyongyang, March 14 (KCNA) -- Marshal Kim Jong Un ...", 2015));
    assertEquals(
        Optional.of(LocalDate.of(2023, 12, 24)),
        DATES.parseDateline("Pyongyang, December 24 (KCNA) -- Japan continues", 2023));
    assertEquals(
        Optional.of(LocalDate.of(2016, 3, 14)),
        DATES.parseDateline(
            "Gift to Kim Jong Un from Ecuadorian Figure\r\nPyongyang, March 14 (KCNA) -- Marshal", 2016));
    assertEquals(
        Optional.empty(), DATES.parseDateline("WASHINGTON (Reuters) - The head of a faction", 2017));
    assertEquals(Optional.empty(), DATES.parseDateline("Pyongyang, February 30 (KCNA) --", 2015));
    assertEquals(
        Optional.empty(),
        DATES.parseDateline("x".repeat(400) + "\nPyongyang, March 14 (KCNA) --", 2015));
  }

  @Test
  void datelineAgency() {
    assertEquals(Optional.of("KCNA"), DATES.datelineAgency("Pyongyang, March 14 (KCNA) -- Text"));
    assertEquals(Optional.of("Reuters"), DATES.datelineAgency("WASHINGTON (Reuters) - The head"));
    assertEquals(Optional.of("Reuters"), DATES.datelineAgency("(Reuters) - Alabama officials"));
    assertEquals(
        Optional.of("Reuters"),
        DATES.datelineAgency("WEST PALM BEACH, Fla./WASHINGTON (Reuters) - The White House"));
    assertEquals(Optional.empty(), DATES.datelineAgency("The farm (in the north) grew apples."));
  }

  @Test
  void dateInFileName() {
    assertEquals(Optional.of(LocalDate.of(2015, 3, 14)), DATES.fromFileName("2015-03-14_juche.json"));
    assertEquals(Optional.of(LocalDate.of(2026, 1, 26)), DATES.fromFileName("page-2026-01-26.txt"));
    assertEquals(Optional.of(LocalDate.of(2026, 1, 26)), DATES.fromFileName("kcna_20260126.txt"));
    assertEquals(Optional.empty(), DATES.fromFileName("naenara-page.txt"));
    assertEquals(Optional.empty(), DATES.fromFileName("id-1234567890.txt"));
    assertEquals(Optional.empty(), DATES.fromFileName("20261399.txt"));
    assertEquals(Optional.empty(), DATES.fromFileName("2015-13-14.json"));
  }

  @Test
  void dateLines() {
    assertTrue(DATES.isDateLine("January 26, 2026"));
    assertTrue(DATES.isDateLine("  January 26, 2026  "));
    assertTrue(DATES.isDateLine("2026-01-26"));
    assertFalse(DATES.isDateLine("January 26, 2026 was a Monday"));
    assertFalse(DATES.isDateLine("1703376000000"));
    assertFalse(DATES.isDateLine("Un Jong Chol"));
    assertFalse(DATES.isDateLine(""));
    assertFalse(DATES.isDateLine(null));
  }
}
