package org.dateline.report;

import org.dateline.analysis.CooccurrenceRow;

/** Columns of {@code cooccurrence_by_date.csv}, in order. */
public enum CooccurrenceColumn implements ReportColumn<CooccurrenceRow> {
  PERIOD(Cell.text(r -> r.counts().period())),
  ENTITY_A(Cell.text(r -> r.counts().entityA())),
  TYPE_A(Cell.text(r -> r.counts().typeA().name())),
  ENTITY_B(Cell.text(r -> r.counts().entityB())),
  TYPE_B(Cell.text(r -> r.counts().typeB().name())),
  DOCUMENTS(Cell.number(r -> r.counts().documents())),
  SENTENCES(Cell.number(r -> r.counts().sentences())),
  NPMI(Cell.number(r -> ReportNumbers.fixed(r.npmi())));

  private final Cell<CooccurrenceRow> cell;

  CooccurrenceColumn(Cell<CooccurrenceRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<CooccurrenceRow> cell() {
    return cell;
  }
}
