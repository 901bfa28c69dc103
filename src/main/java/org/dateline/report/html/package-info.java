/**
 * {@code report.html}: one offline page charting a run's tables, made from the cells as written
 * (kept by the run, or read back from an output folder), with uPlot inlined.
 *
 * <p>May import {@code org.dateline.report}, {@code org.dateline.model}, Jackson and Commons
 * CSV.
 */
package org.dateline.report.html;
