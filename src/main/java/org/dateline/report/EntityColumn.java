package org.dateline.report;

import org.dateline.aggregate.EntityRow;

/**
 * Columns of {@code entities_by_date.csv}, in order; {@code type} is the {@link
 * org.dateline.model.EntityType} name ({@code PERSON}).
 */
public enum EntityColumn implements ReportColumn<EntityRow> {
  PERIOD(Cell.text(EntityRow::period)),
  ENTITY(Cell.text(EntityRow::entity)),
  TYPE(Cell.text(r -> r.type().name())),
  COUNT(Cell.number(EntityRow::count)),
  DOC_FREQ(Cell.number(EntityRow::docFreq));

  private final Cell<EntityRow> cell;

  EntityColumn(Cell<EntityRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<EntityRow> cell() {
    return cell;
  }
}
