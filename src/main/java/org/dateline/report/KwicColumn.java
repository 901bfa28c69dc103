package org.dateline.report;

import org.dateline.kwic.KwicRow;

/** Columns of the concordance written by {@code dateline kwic}, in order. */
public enum KwicColumn implements ReportColumn<KwicRow> {
  DOC_ID(Cell.text(KwicRow::docId)),
  DATE(Cell.date(KwicRow::date)),
  FROM(Cell.number(KwicRow::from)),
  TO(Cell.number(KwicRow::to)),
  PRE(Cell.text(KwicRow::pre)),
  KEYWORD(Cell.text(KwicRow::keyword)),
  POST(Cell.text(KwicRow::post)),
  PATTERN(Cell.text(KwicRow::pattern)),
  ORIGIN(Cell.text(KwicRow::origin));

  private final Cell<KwicRow> cell;

  KwicColumn(Cell<KwicRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<KwicRow> cell() {
    return cell;
  }
}
