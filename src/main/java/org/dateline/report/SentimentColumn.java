package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.SentimentRow;

/** Columns of {@code sentiment_by_date.csv}, in order. */
public enum SentimentColumn implements ReportColumn<SentimentRow> {
  PERIOD(CellType.TEXT, SentimentRow::period),
  DOCUMENTS(CellType.NUMBER, SentimentRow::documents),
  SENTENCES(CellType.NUMBER, SentimentRow::sentences),
  MEAN(CellType.NUMBER, SentimentRow::mean),
  VERY_NEGATIVE(CellType.NUMBER, SentimentRow::veryNegative),
  NEGATIVE(CellType.NUMBER, SentimentRow::negative),
  NEUTRAL(CellType.NUMBER, SentimentRow::neutral),
  POSITIVE(CellType.NUMBER, SentimentRow::positive),
  VERY_POSITIVE(CellType.NUMBER, SentimentRow::veryPositive);

  private final CellType type;
  private final Function<SentimentRow, Object> getter;

  SentimentColumn(CellType type, Function<SentimentRow, Object> getter) {
    this.type = type;
    this.getter = getter;
  }

  @Override
  public CellType type() {
    return type;
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
