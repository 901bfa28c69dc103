package org.dateline.corpus;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates in the shapes news corpora use: ISO dates and date-times, {@code
 * December 31, 2017}, {@code 31 Dec 2017}, RFC 1123 ({@code Tue, 3 Jun 2008 11:05:30 GMT}),
 * Reuters-21578 ({@code 26-FEB-1987 15:01:01.79}), {@code 2024/01/02}, {@code 20240102} and
 * epoch seconds or milliseconds. It also finds news datelines ({@code Pyongyang, March 14
 * (KCNA) --}) and dates inside file names.
 *
 * <p>Day, month and year in digits with the year last ({@code 31.01.2024}, {@code 1/31/2024},
 * {@code 31-01-2024}) are read when they can be read one way only: one of the first two numbers
 * is above 12, or both are the same. One that reads as two dates ({@code 02.01.2024}) is read
 * only in a given {@link DateOrder} ({@link #parse(String, DateOrder)}); {@link #isAmbiguous}
 * tells such a value, {@link #impliedOrder} the order that an unambiguous one shows. A
 * two-digit year ({@code 31.01.24}, {@code 24.01.31}) is read only in a given order.
 *
 * <p>A whole number is read by its count of digits: eight digits are a compact date {@code
 * yyyyMMdd} ({@code 20240115} is 15 January 2024, never 20,240,115 seconds), eleven to thirteen
 * are epoch milliseconds, any other count up to ten (with a minus sign too: {@code 0}, {@code
 * 86400}, {@code -86400}) epoch seconds; longer numbers are no date.
 *
 * <p>A date-time without an offset yields the calendar date as written. An instant (a date-time
 * with an offset or zone such as {@code Z}, {@code +09:00} or {@code GMT}, or an epoch number,
 * also with a fraction or an exponent: {@code 1.7092512E12}, {@code 1709251200.0}) yields the
 * calendar date it falls on in the parser's time zone (UTC unless given), so that every
 * instant of a corpus is put on a day the same way. Dates before 1800 or after next year
 * (relative to the clock given at construction) are rejected as implausible.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class DateParser {

  private static final int MIN_YEAR = 1800;
  /** Datelines sit at the top of a story; looking further finds dates inside the prose. */
  private static final int DATELINE_WINDOW = 300;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final String WEEKDAY =
      "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  /** What may follow a date: nothing, or a time of day (with zone or fractions). */
  private static final String TIME_TAIL = "(?:(?:[T\\s]+|,\\s*)\\d{1,2}:\\d{2}.*)?";

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T\\s]\\d{1,2}:\\d{2}.*)?");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\.?");
  /** Day and month (in either order) and a four-digit year, one separator throughout; a time may follow. */
  private static final Pattern YEAR_LAST =
      Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?:(?:[T\\s]+|,\\s*)\\d{1,2}:\\d{2}.*)?");
  /** Three numbers of one or two digits, the year among them written with two. */
  private static final Pattern TWO_DIGIT_YEAR =
      Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{2})(?:(?:[T\\s]+|,\\s*)\\d{1,2}:\\d{2}.*)?");
  private static final Pattern MONTH_FIRST = Pattern.compile(
      WEEKDAY + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME_TAIL,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})" + TIME_TAIL,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern DASHED_MONTH = Pattern.compile(
      "(\\d{1,2})-" + MONTH + "-(\\d{4})" + TIME_TAIL, Pattern.CASE_INSENSITIVE);
  /** A date option's value: four-digit year, two-digit month and day. */
  private static final Pattern OPTION_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DIGITS = Pattern.compile("-?\\d+");
  /** An epoch number with a fraction or an exponent, as spreadsheets and JSON encoders write it. */
  private static final Pattern DECIMAL =
      Pattern.compile("-?(?:\\d+(?:\\.\\d*)?(?:[eE][+]?\\d+)?|\\d+\\.\\d*|\\.\\d+)");
  /** The offset or zone that makes a date-time an instant. */
  private static final Pattern ZONED_TAIL =
      Pattern.compile(".*\\d(?:\\s*(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2}))$", Pattern.CASE_INSENSITIVE);

  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[\\s\\p{Z}]*\\p{Lu}[\\p{L}\\p{M} .'/-]{0,60}?,\\s+(?i:" + MONTH + ")\\.?\\s+(\\d{1,2})\\b"
          + "(?:\\s*\\([^()\\n]{2,30}\\))?\\s*(?:--|-|\u2013|\u2014)");
  private static final Pattern AGENCY =
      Pattern.compile("\\((\\p{Lu}[\\p{L}]{1,19})\\)\\s*(?:--|-|\u2013|\u2014)");

  private static final Pattern FILE_ISO =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern FILE_COMPACT =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)");

  private final int maxYear;
  private final ZoneId zone;

  /** A parser that accepts years up to next year by the system clock and puts instants on UTC days. */
  public DateParser() {
    this(Clock.systemUTC());
  }

  /**
   * A parser whose notion of "next year" comes from {@code clock}, read once now; instants are
   * put on UTC days.
   *
   * @param clock the clock that fixes today's date
   */
  public DateParser(Clock clock) {
    this(clock, ZoneOffset.UTC);
  }

  /**
   * A parser whose notion of "next year" comes from {@code clock} and that puts instants on the
   * calendar days of {@code zone}.
   */
  public DateParser(Clock clock, ZoneId zone) {
    Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.maxYear = LocalDate.now(clock).getYear() + 1;
  }

  /** The time zone whose calendar days instants are put on. */
  public ZoneId zone() {
    return zone;
  }

  /** True when {@code date} lies within the years this parser accepts, 1800 to next year. */
  public boolean inRange(LocalDate date) {
    return date != null && date.getYear() >= MIN_YEAR && date.getYear() <= maxYear;
  }

  /** The latest year this parser accepts. */
  public int maxYear() {
    return maxYear;
  }

  /**
   * The value of a date option such as {@code --date}: an ISO date, {@code 2024-03-14}.
   * Whether its year is plausible is the caller's check ({@link #inRange}).
   *
   * @throws IllegalArgumentException with a message for the user, naming the value and the
   *     expected form, when {@code value} is not such a date
   */
  public static LocalDate parseOption(String value) {
    String s = value == null ? "" : value.strip();
    Matcher m = OPTION_DATE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + (value == null ? "" : value)
          + "' is not a date; give it as YYYY-MM-DD, such as 2024-03-14");
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("'" + s + "' has no month " + month
          + "; give the date as YYYY-MM-DD with a month from 01 to 12");
    }
    java.time.YearMonth ym = java.time.YearMonth.of(year, month);
    if (day < 1 || day > ym.lengthOfMonth()) {
      throw new IllegalArgumentException("'" + s + "' is not a day of the calendar: "
          + ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year
          + " has days 01 to " + ym.lengthOfMonth());
    }
    return LocalDate.of(year, month, day);
  }

  /**
   * Parses a date value as found in a record field.
   *
   * @param value the value, possibly with surrounding white space; null gives empty
   * @return the date, or empty when the value is not a date this parser reads or lies outside
   *     the accepted years
   */
  public Optional<LocalDate> parse(String value) {
    return parse(value, null);
  }

  /**
   * Parses a date value as {@link #parse(String)} does and, in {@code order}, also a numeric date
   * that reads as two dates ({@code 02.01.2024}) and one with a two-digit year ({@code 02.01.24},
   * {@code 24.01.02}). A numeric date that reads one way only ({@code 31.01.2024}) is read that
   * way whatever the order.
   *
   * @param order the order of a numeric date's parts, or null when it is not known
   */
  public Optional<LocalDate> parse(String value, DateOrder order) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.isEmpty() || s.length() > 64) {
      return Optional.empty();
    }
    if (DIGITS.matcher(s).matches()) {
      return parseNumber(s);
    }
    if (DECIMAL.matcher(s).matches()) {
      return parseDecimal(s);
    }
    if (ZONED_TAIL.matcher(s).matches()) {
      Optional<LocalDate> instant = parseInstant(s);
      if (instant.isPresent()) {
        return instant;
      }
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED.matcher(s);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = YEAR_LAST.matcher(s);
    if (m.matches()) {
      return yearLast(m, order);
    }
    m = TWO_DIGIT_YEAR.matcher(s);
    if (m.matches()) {
      return order == null ? Optional.empty() : twoDigitYear(m, order);
    }
    m = MONTH_FIRST.matcher(s);
    if (m.matches()) {
      return of(m.group(3), monthNumber(m.group(1)), m.group(2));
    }
    m = DAY_FIRST.matcher(s);
    if (m.matches()) {
      return of(m.group(3), monthNumber(m.group(2)), m.group(1));
    }
    m = DASHED_MONTH.matcher(s);
    if (m.matches()) {
      return of(m.group(3), monthNumber(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  /**
   * True when {@code value} is a numeric date with the year last that reads as two different
   * dates, day first and month first ({@code 02.01.2024}, {@code 02/01/2024}).
   */
  public boolean isAmbiguous(String value) {
    Matcher m = numeric(value);
    return m != null && dayFirst(m).isPresent() && monthFirst(m).isPresent()
        && !dayFirst(m).equals(monthFirst(m));
  }

  /**
   * The order that a numeric date with the year last shows by itself: {@link DateOrder#DMY} for
   * {@code 31.01.2024}, {@link DateOrder#MDY} for {@code 01/31/2024}; null for any other value,
   * including one that reads as two dates or as none.
   */
  public DateOrder impliedOrder(String value) {
    Matcher m = numeric(value);
    if (m == null) {
      return null;
    }
    boolean day = dayFirst(m).isPresent();
    boolean month = monthFirst(m).isPresent();
    return day == month ? null : day ? DateOrder.DMY : DateOrder.MDY;
  }

  /** The match of a numeric date with a four-digit year last, or null. */
  private static Matcher numeric(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.length() > 64) {
      return null;
    }
    Matcher m = YEAR_LAST.matcher(s);
    return m.matches() ? m : null;
  }

  private Optional<LocalDate> dayFirst(Matcher m) {
    return of(m.group(4), m.group(3), m.group(1));
  }

  private Optional<LocalDate> monthFirst(Matcher m) {
    return of(m.group(4), m.group(1), m.group(3));
  }

  /** A numeric date with the year last: the one reading there is, else the reading of {@code order}. */
  private Optional<LocalDate> yearLast(Matcher m, DateOrder order) {
    Optional<LocalDate> day = dayFirst(m);
    Optional<LocalDate> month = monthFirst(m);
    if (day.isEmpty() || month.isEmpty() || day.equals(month)) {
      return day.isPresent() ? day : month;
    }
    if (order == DateOrder.DMY) {
      return day;
    }
    return order == DateOrder.MDY ? month : Optional.empty();
  }

  /** A numeric date with a two-digit year, in {@code order}; the year is the latest accepted one with those digits. */
  private Optional<LocalDate> twoDigitYear(Matcher m, DateOrder order) {
    String a = m.group(1);
    String b = m.group(3);
    String c = m.group(4);
    return switch (order) {
      case DMY -> of(century(c), Integer.parseInt(b), Integer.parseInt(a));
      case MDY -> of(century(c), Integer.parseInt(a), Integer.parseInt(b));
      case YMD -> a.length() == 2 ? of(century(a), Integer.parseInt(b), Integer.parseInt(c)) : Optional.empty();
    };
  }

  private int century(String twoDigits) {
    int yy = Integer.parseInt(twoDigits);
    return 2000 + yy <= maxYear ? 2000 + yy : 1900 + yy;
  }

  /**
   * True when the trimmed line is nothing but a written date, such as {@code January 26, 2026}
   * or {@code 2026-01-26}. Bare numbers are not date lines, even when they would parse as epoch
   * times, because a page line holding only a number is rarely a date.
   */
  public boolean isDateLine(String line) {
    if (line == null) {
      return false;
    }
    String s = line.strip();
    // Numeric dates with the year last are record-field forms; a page's date lines keep the forms they had.
    return !s.isEmpty() && !DECIMAL.matcher(s).matches() && !YEAR_LAST.matcher(s).matches() && parse(s).isPresent();
  }

  /**
   * Finds a news dateline such as {@code Pyongyang, March 14 (KCNA) --} at the start of a line
   * within the first 300 characters of {@code text}, and returns its month and day in {@code
   * year}. Datelines without a date ({@code WASHINGTON (Reuters) -}) give empty.
   *
   * @param text the article text; null gives empty
   * @param year the year to put the month and day in, since datelines leave it out
   */
  public Optional<LocalDate> parseDateline(String text, int year) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = DATELINE.matcher(head(text));
    if (!m.find()) {
      return Optional.empty();
    }
    return of(Integer.toString(year), monthNumber(m.group(1)), m.group(2));
  }

  /**
   * The news agency named in parentheses in a dateline near the start of the text: {@code
   * KCNA} for {@code Pyongyang, March 14 (KCNA) --}, {@code Reuters} for {@code WASHINGTON
   * (Reuters) -}. Only a single capitalised word in parentheses directly followed by a dash
   * counts, so parenthetical remarks are not taken for agencies.
   */
  public Optional<String> datelineAgency(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = AGENCY.matcher(head(text));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * An ISO date ({@code 2015-03-14}) or a compact date ({@code 20150314}, years 1900 to 2099)
   * inside a file name, such as {@code 2015-03-14_juche.json}. Digits that run on into other
   * digits do not count.
   */
  public Optional<LocalDate> fromFileName(String fileName) {
    if (fileName == null) {
      return Optional.empty();
    }
    Matcher m = FILE_ISO.matcher(fileName);
    while (m.find()) {
      Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    m = FILE_COMPACT.matcher(fileName);
    while (m.find()) {
      Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<LocalDate> parseNumber(String number) {
    boolean negative = number.startsWith("-");
    String digits = negative ? number.substring(1) : number;
    int n = digits.length();
    if (n == 8 && !negative) {
      return of(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6, 8));
    }
    long epoch;
    try {
      epoch = Long.parseLong(number);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    Instant instant;
    if (n >= 11 && n <= 13) {
      instant = Instant.ofEpochMilli(epoch);
    } else if (n >= 1 && n <= 10) {
      instant = Instant.ofEpochSecond(epoch);
    } else {
      return Optional.empty();
    }
    return checked(instant.atZone(zone).toLocalDate());
  }

  /** An epoch number written with a fraction or exponent; its integer part decides seconds or milliseconds. */
  private Optional<LocalDate> parseDecimal(String s) {
    BigInteger whole;
    try {
      whole = new BigDecimal(s).toBigInteger();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return parseNumber(whole.toString());
  }

  /** An ISO or RFC 1123 date-time with an offset or zone, put on a day of {@link #zone}. */
  private Optional<LocalDate> parseInstant(String s) {
    String iso = s.replaceFirst("^(\\d{4}-\\d{1,2}-\\d{1,2})\\s+", "$1T")
        .replaceFirst("\\s*(?i:UTC|GMT)$", "Z")
        .replaceFirst("\\s*([+-]\\d{2}):?(\\d{2})$", "$1:$2")
        .replaceFirst("\\s+Z$", "Z");
    try {
      return checked(OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
          .atZoneSameInstant(zone).toLocalDate());
    } catch (DateTimeParseException e) {
      // Not ISO; RFC 1123 is the other common form of an instant.
    }
    try {
      return checked(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(zone).toLocalDate());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Optional<LocalDate> of(String year, String month, String day) {
    try {
      return of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<LocalDate> of(int year, int month, int day) {
    if (year < MIN_YEAR || year > maxYear) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private Optional<LocalDate> checked(LocalDate date) {
    int y = date.getYear();
    return y < MIN_YEAR || y > maxYear ? Optional.empty() : Optional.of(date);
  }

  private static String head(String text) {
    return text.length() <= DATELINE_WINDOW ? text : text.substring(0, DATELINE_WINDOW);
  }

  private static String monthNumber(String name) {
    String p = name.substring(0, 3).toLowerCase(Locale.ROOT);
    int m =
        switch (p) {
          case "jan" -> 1;
          case "feb" -> 2;
          case "mar" -> 3;
          case "apr" -> 4;
          case "may" -> 5;
          case "jun" -> 6;
          case "jul" -> 7;
          case "aug" -> 8;
          case "sep" -> 9;
          case "oct" -> 10;
          case "nov" -> 11;
          case "dec" -> 12;
          default -> 0;
        };
    return Integer.toString(m);
  }
}
