package org.dateline.report;

import org.dateline.analysis.topics.TopicPeriodRow;

/** Columns of {@code topics_by_date.csv}, in order; shares and bounds have 4 decimals. */
public enum TopicByDateColumn implements ReportColumn<TopicPeriodRow> {
  PERIOD(Cell.date(TopicPeriodRow::period)),
  TOPIC(Cell.number(TopicPeriodRow::topic)),
  DOCUMENTS(Cell.number(TopicPeriodRow::documents)),
  SHARE(Cell.number(r -> ReportNumbers.fixed(r.share()))),
  CI_LOW(Cell.number(r -> ReportNumbers.fixed(r.ciLow()))),
  CI_HIGH(Cell.number(r -> ReportNumbers.fixed(r.ciHigh())));

  private final Cell<TopicPeriodRow> cell;

  TopicByDateColumn(Cell<TopicPeriodRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<TopicPeriodRow> cell() {
    return cell;
  }
}
