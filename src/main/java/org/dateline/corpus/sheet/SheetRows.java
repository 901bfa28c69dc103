package org.dateline.corpus.sheet;

import java.util.List;

/**
 * Receives a workbook's rows, sheet by sheet in the workbook's order, each sheet's rows in order.
 * Rows without a non-blank cell are not passed on. What a receiver throws ends the reading and
 * reaches the caller of {@link Workbooks#read} unchanged.
 */
public interface SheetRows {

  /** A sheet starts; its rows follow. */
  void sheet(String name);

  /**
   * One row with at least one non-blank cell.
   *
   * @param number the row's number as the spreadsheet shows it, from 1
   * @param cells the cells' text by column, from column A; null where a cell is empty. Valid
   *     only during the call.
   */
  void row(long number, List<String> cells);

  /**
   * The current sheet breaks off: the rows passed on are kept, the rest of the sheet is not read;
   * the next sheet, if any, follows.
   *
   * @param afterRow the number of the last row read, 0 when none was
   * @param why what broke, in words
   */
  void broken(long afterRow, String why);

  /**
   * The workbook breaks off between sheets, after {@code lastSheet}: its rows are kept, and any
   * later sheet is not read.
   */
  void brokenAfter(String lastSheet, String why);
}
