package org.dateline.report;

import org.dateline.analysis.BurstRow;

/** Columns of {@code bursts.csv}, in order; start and end are period labels (first days). */
public enum BurstColumn implements ReportColumn<BurstRow> {
  KIND(Cell.text(r -> r.kind().label())),
  FEATURE(Cell.text(BurstRow::feature)),
  TYPE(Cell.text(r -> r.type() == null ? "" : r.type().name())),
  START(Cell.text(BurstRow::start)),
  END(Cell.text(BurstRow::end)),
  PERIODS(Cell.number(BurstRow::periods)),
  WEIGHT(Cell.number(r -> ReportNumbers.fixed(r.weight())));

  private final Cell<BurstRow> cell;

  BurstColumn(Cell<BurstRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<BurstRow> cell() {
    return cell;
  }
}
