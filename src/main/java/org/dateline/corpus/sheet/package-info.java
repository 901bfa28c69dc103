/**
 * Spreadsheets as a corpus format: {@link org.dateline.corpus.sheet.Workbooks} reads an Excel
 * workbook ({@code .xlsx} with Apache POI's streaming SAX reader, {@code .xls} with POI's HSSF)
 * or an OpenDocument spreadsheet ({@code .ods}, its {@code content.xml} read with StAX) sheet by
 * sheet and row by row, handing each row's cells as text to {@link
 * org.dateline.corpus.sheet.SheetRows}: date cells as ISO dates, numbers as plain decimals.
 * Which columns are the record's text, date and title is decided by the loader that receives
 * the rows, {@code org.dateline.corpus.SpreadsheetLoader}, as for CSV.
 *
 * <p>May import Apache POI, the JDK's XML parsers and {@code org.dateline.model}; nothing else of
 * the program.
 */
package org.dateline.corpus.sheet;
