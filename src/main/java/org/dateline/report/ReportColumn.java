package org.dateline.report;

/**
 * A column of a report: its header and how a row yields its value. Implemented by the column
 * enums, whose constant order is the column order.
 *
 * @param <R> the row type
 */
public interface ReportColumn<R> {
  /** The header name: the enum constant's name in lower case ({@code doc_id}). */
  String header();

  /** Whether the column holds text (neutralised against formula injection) or numbers. */
  CellType type();

  /** The value printed for the row; {@code toString()} of it is written. */
  Object valueOf(R row);
}
