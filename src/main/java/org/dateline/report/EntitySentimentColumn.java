package org.dateline.report;

import org.dateline.aggregate.EntitySentimentRow;

/** Columns of {@code entity_sentiment_by_date.csv}, in order: one row per period, entity and engine. */
public enum EntitySentimentColumn implements ReportColumn<EntitySentimentRow> {
  PERIOD(Cell.text(EntitySentimentRow::period)),
  ENTITY(Cell.text(EntitySentimentRow::entity)),
  TYPE(Cell.text(r -> r.type().name())),
  ENGINE(Cell.text(r -> r.engine().label())),
  MENTIONS(Cell.number(EntitySentimentRow::mentions)),
  SENTENCES(Cell.number(EntitySentimentRow::sentences)),
  MEAN(Cell.number(r -> ReportNumbers.fixed(r.mean()))),
  CI_LOW(Cell.number(r -> ReportNumbers.fixed(r.ciLow()))),
  CI_HIGH(Cell.number(r -> ReportNumbers.fixed(r.ciHigh()))),
  NEGATIVE(Cell.number(EntitySentimentRow::negative)),
  NEUTRAL(Cell.number(EntitySentimentRow::neutral)),
  POSITIVE(Cell.number(EntitySentimentRow::positive));

  private final Cell<EntitySentimentRow> cell;

  EntitySentimentColumn(Cell<EntitySentimentRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<EntitySentimentRow> cell() {
    return cell;
  }
}
