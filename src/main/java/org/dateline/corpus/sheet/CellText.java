package org.dateline.corpus.sheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * How a cell's value becomes text, the same for the three formats: a date as an ISO date ({@code
 * 2024-01-31}, or {@code 2024-01-31T14:30:00} with a time of day), never as Excel's serial number;
 * a number as a plain decimal ({@code 12345}, {@code 0.25}, never {@code 1.2345E4}), whatever the
 * cell's display format, so that ids and counts read the same on every machine.
 */
final class CellText {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private CellText() {}

  /** A number as a plain decimal, without trailing zeros. */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }

  /** A number written as text in a file ({@code 1.5E3}), as a plain decimal; other text as it is. */
  static String number(String value) {
    try {
      String plain = new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
      return plain.equals("-0") ? "0" : plain;
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** A date-time as ISO text: the date alone at midnight, the time alone before the first day. */
  static String dateTime(LocalDateTime t) {
    if (t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return t.toLocalDate().toString();
    }
    return t.format(DATE_TIME);
  }

  /** An Excel serial number in a date format as ISO text; a time of day alone as {@code HH:mm:ss}. */
  static String excelDate(double serial, boolean date1904) {
    LocalDateTime t = DateUtil.getLocalDateTime(serial, date1904, true);
    if (serial < 1 && !date1904) {
      return t.toLocalTime().format(TIME);
    }
    return dateTime(t);
  }

  /**
   * POI's formatter as the streaming reader calls it, putting dates and numbers as above; its
   * own rendering is never used, so no locale or display format reaches the text.
   */
  static final class Formatter extends DataFormatter {
    private final boolean date1904;

    /** @param date1904 the workbook counts days from 1904 (old Mac Excel) rather than 1900 */
    Formatter(boolean date1904) {
      super(Locale.ROOT);
      this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return format(value, formatIndex, formatString);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
      return format(value, formatIndex, formatString);
    }

    String format(double value, int formatIndex, String formatString) {
      if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return excelDate(value, date1904);
      }
      return number(value);
    }
  }
}
