package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.TermRow;

/**
 * Columns of {@code terms_by_date.csv}, in order; {@code period} is the ISO date of the
 * period's first day.
 */
public enum TermColumn implements ReportColumn<TermRow> {
  PERIOD(TermRow::period),
  TERM(TermRow::term),
  COUNT(TermRow::count),
  DOC_FREQ(TermRow::docFreq),
  PER_10K(TermRow::per10k);

  private final Function<TermRow, Object> getter;

  TermColumn(Function<TermRow, Object> getter) {
    this.getter = getter;
  }

  @Override
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Object valueOf(TermRow row) {
    return getter.apply(row);
  }
}
