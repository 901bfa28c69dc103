package org.dateline.model;

import java.util.Objects;

/**
 * Where a record came from: a file and a position in it. Positions are 1-based line numbers
 * for line-oriented inputs (page text, JSON Lines, CSV, TSV), 1-based record
 * numbers for records inside a JSON document and 1-based row numbers in a spreadsheet's sheet.
 *
 * @param file the file as given or found while walking an input folder
 * @param position the 1-based line or record number; 0 when the record is the whole file
 * @param unit whether {@code position} counts lines or records
 */
public record Origin(String file, long position, Unit unit) implements java.io.Serializable {

  /** What {@link #position} counts. */
  public enum Unit {
    LINE,
    RECORD,
    /** The byte offset of a record in its file (a web archive's record), 0 for the first. */
    BYTE,
    /** The row of a spreadsheet's sheet, from 1 as the spreadsheet shows it; the file names the sheet after {@code #}. */
    ROW
  }

  public Origin {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(unit, "unit");
    if (position < 0) {
      throw new IllegalArgumentException("position must be >= 0, was " + position);
    }
  }

  public static Origin line(String file, long line) {
    return new Origin(file, line, Unit.LINE);
  }

  public static Origin record(String file, long record) {
    return new Origin(file, record, Unit.RECORD);
  }

  /** A record that starts at byte {@code offset} of {@code file}. */
  public static Origin offset(String file, long offset) {
    return new Origin(file, offset, Unit.BYTE);
  }

  /** Row {@code row} of sheet {@code sheet} of a spreadsheet: {@code book.xlsx#Sheet1:12}. */
  public static Origin row(String file, String sheet, long row) {
    return new Origin(file + "#" + sheet, row, Unit.ROW);
  }

  /**
   * {@code file:12} for a line, {@code book.xlsx#Sheet1:12} for a spreadsheet's row, {@code file#3} for a record, {@code file@1024} for a byte
   * offset, {@code file} for a whole file.
   */
  @Override
  public String toString() {
    if (unit == Unit.BYTE) {
      return file + "@" + position;
    }
    if (position == 0) {
      return file;
    }
    return file + (unit == Unit.LINE || unit == Unit.ROW ? ":" : "#") + position;
  }
}
