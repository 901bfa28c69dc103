package org.dateline.report;

import org.dateline.aggregate.SentimentRow;

/** Columns of {@code sentiment_by_date.csv}, in order. */
public enum SentimentColumn implements ReportColumn<SentimentRow> {
  PERIOD(Cell.text(SentimentRow::period)),
  DOCUMENTS(Cell.number(SentimentRow::documents)),
  SENTENCES(Cell.number(SentimentRow::sentences)),
  MEAN(Cell.number(SentimentRow::mean)),
  VERY_NEGATIVE(Cell.number(SentimentRow::veryNegative)),
  NEGATIVE(Cell.number(SentimentRow::negative)),
  NEUTRAL(Cell.number(SentimentRow::neutral)),
  POSITIVE(Cell.number(SentimentRow::positive)),
  VERY_POSITIVE(Cell.number(SentimentRow::veryPositive));

  private final Cell<SentimentRow> cell;

  SentimentColumn(Cell<SentimentRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<SentimentRow> cell() {
    return cell;
  }
}
