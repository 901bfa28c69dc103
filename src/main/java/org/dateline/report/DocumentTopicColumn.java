package org.dateline.report;

import org.dateline.analysis.topics.DocumentTopicRow;

/** Columns of {@code document_topics.csv}, in order; {@code share} has 4 decimals. */
public enum DocumentTopicColumn implements ReportColumn<DocumentTopicRow> {
  DOC_ID(Cell.text(DocumentTopicRow::docId)),
  DATE(Cell.date(DocumentTopicRow::date)),
  TOPIC(Cell.number(DocumentTopicRow::topic)),
  SHARE(Cell.number(r -> ReportNumbers.fixed(r.share())));

  private final Cell<DocumentTopicRow> cell;

  DocumentTopicColumn(Cell<DocumentTopicRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<DocumentTopicRow> cell() {
    return cell;
  }
}
