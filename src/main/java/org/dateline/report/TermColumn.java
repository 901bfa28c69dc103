package org.dateline.report;

import org.dateline.aggregate.TermRow;

/**
 * Columns of {@code terms_by_date.csv}, in order; {@code period} is the ISO date of the
 * period's first day.
 */
public enum TermColumn implements ReportColumn<TermRow> {
  PERIOD(Cell.text(TermRow::period)),
  TERM(Cell.text(TermRow::term)),
  COUNT(Cell.number(TermRow::count)),
  DOC_FREQ(Cell.number(TermRow::docFreq)),
  PER_10K(Cell.number(r -> ReportNumbers.fixed(r.per10k())));

  private final Cell<TermRow> cell;

  TermColumn(Cell<TermRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<TermRow> cell() {
    return cell;
  }
}
