/**
 * Reports: the research tables as CSV ({@link org.dateline.report.CsvReportWriter}, one column
 * enum per table) and the run's {@code manifest.json}
 * ({@link org.dateline.report.ManifestWriter}), all written atomically
 * ({@link org.dateline.report.AtomicFiles}). Numbers become text only here, in
 * {@link org.dateline.report.ReportNumbers}.
 */
package org.dateline.report;
