package org.dateline.report;

import org.dateline.analysis.CollocationRow;

/** Columns of {@code collocations.csv}, in order. */
public enum CollocationColumn implements ReportColumn<CollocationRow> {
  COLLOCATION(Cell.text(CollocationRow::collocation)),
  COUNT(Cell.number(CollocationRow::count)),
  LENGTH(Cell.number(CollocationRow::length)),
  LAMBDA(Cell.number(r -> ReportNumbers.fixed(r.score().lambda()))),
  Z(Cell.number(r -> ReportNumbers.fixed(r.score().z())));

  private final Cell<CollocationRow> cell;

  CollocationColumn(Cell<CollocationRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<CollocationRow> cell() {
    return cell;
  }
}
