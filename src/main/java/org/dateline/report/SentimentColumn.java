package org.dateline.report;

import org.dateline.aggregate.SentimentRow;

/** Columns of {@code sentiment_by_date.csv}, in order: one row per period and engine. */
public enum SentimentColumn implements ReportColumn<SentimentRow> {
  PERIOD(Cell.text(SentimentRow::period)),
  ENGINE(Cell.text(r -> r.engine().label())),
  DOCUMENTS(Cell.number(SentimentRow::documents)),
  SENTENCES(Cell.number(SentimentRow::sentences)),
  MEAN(Cell.number(r -> ReportNumbers.fixed(r.mean()))),
  SD(Cell.number(r -> ReportNumbers.fixed(r.sd()))),
  CI_LOW(Cell.number(r -> ReportNumbers.fixed(r.ciLow()))),
  CI_HIGH(Cell.number(r -> ReportNumbers.fixed(r.ciHigh()))),
  NEGATIVE(Cell.number(SentimentRow::negative)),
  NEUTRAL(Cell.number(SentimentRow::neutral)),
  POSITIVE(Cell.number(SentimentRow::positive)),
  CORENLP_VERY_NEGATIVE(Cell.number(r -> r.coreNlpClass(0))),
  CORENLP_NEGATIVE(Cell.number(r -> r.coreNlpClass(1))),
  CORENLP_NEUTRAL(Cell.number(r -> r.coreNlpClass(2))),
  CORENLP_POSITIVE(Cell.number(r -> r.coreNlpClass(3))),
  CORENLP_VERY_POSITIVE(Cell.number(r -> r.coreNlpClass(4)));

  private final Cell<SentimentRow> cell;

  SentimentColumn(Cell<SentimentRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<SentimentRow> cell() {
    return cell;
  }
}
