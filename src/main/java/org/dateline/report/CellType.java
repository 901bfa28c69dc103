package org.dateline.report;

/**
 * Whether a report column holds free text or a number. Text cells are neutralised against
 * spreadsheet formula injection (see {@link CsvReportWriter#neutralise(String)}); number cells
 * (counts, and decimals such as {@code -0.5} written as text) never are, so a negative mean
 * stays a number for R, pandas and spreadsheets.
 */
public enum CellType {
  /** Free text: titles, terms, entity names, origins, messages, dates, labels. */
  TEXT,
  /** An integer or a decimal; written as is. */
  NUMBER
}
