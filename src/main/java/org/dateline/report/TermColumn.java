package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.TermRow;

/**
 * Columns of {@code terms_by_date.csv}, in order; {@code period} is the ISO date of the
 * period's first day.
 */
public enum TermColumn implements ReportColumn<TermRow> {
  PERIOD(CellType.TEXT, TermRow::period),
  TERM(CellType.TEXT, TermRow::term),
  COUNT(CellType.NUMBER, TermRow::count),
  DOC_FREQ(CellType.NUMBER, TermRow::docFreq),
  PER_10K(CellType.NUMBER, TermRow::per10k);

  private final CellType type;
  private final Function<TermRow, Object> getter;

  TermColumn(CellType type, Function<TermRow, Object> getter) {
    this.type = type;
    this.getter = getter;
  }

  @Override
  public CellType type() {
    return type;
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
