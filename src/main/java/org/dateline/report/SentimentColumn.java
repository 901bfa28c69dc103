package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.SentimentRow;

/** Columns of {@code sentiment_by_date.csv}, in order. */
public enum SentimentColumn implements ReportColumn<SentimentRow> {
  PERIOD(SentimentRow::period),
  DOCUMENTS(SentimentRow::documents),
  SENTENCES(SentimentRow::sentences),
  MEAN(SentimentRow::mean),
  VERY_NEGATIVE(SentimentRow::veryNegative),
  NEGATIVE(SentimentRow::negative),
  NEUTRAL(SentimentRow::neutral),
  POSITIVE(SentimentRow::positive),
  VERY_POSITIVE(SentimentRow::veryPositive);

  private final Function<SentimentRow, Object> getter;

  SentimentColumn(Function<SentimentRow, Object> getter) {
    this.getter = getter;
  }

  @Override
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Object valueOf(SentimentRow row) {
    return getter.apply(row);
  }
}
