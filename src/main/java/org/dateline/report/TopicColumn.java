package org.dateline.report;

import org.dateline.analysis.topics.TopicRow;

/** Columns of {@code topics.csv}, in order; {@code share}, {@code coherence} and {@code exclusivity} have 4 decimals. */
public enum TopicColumn implements ReportColumn<TopicRow> {
  TOPIC(Cell.number(TopicRow::topic)),
  LABEL(Cell.text(TopicRow::label)),
  WORDS(Cell.text(TopicRow::wordList)),
  TOKENS(Cell.number(TopicRow::tokens)),
  SHARE(Cell.number(r -> ReportNumbers.fixed(r.share()))),
  COHERENCE(Cell.number(r -> ReportNumbers.fixed(r.coherence()))),
  EXCLUSIVITY(Cell.number(r -> ReportNumbers.fixed(r.exclusivity())));

  private final Cell<TopicRow> cell;

  TopicColumn(Cell<TopicRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<TopicRow> cell() {
    return cell;
  }
}
