package org.dateline.report;

import org.dateline.aggregate.DocumentRow;
import org.dateline.model.SentimentEngineId;

/** Columns of {@code documents.csv}, one row per document, in order. */
public enum DocumentColumn implements ReportColumn<DocumentRow> {
  DOC_ID(Cell.text(DocumentRow::docId)),
  DATE(Cell.date(DocumentRow::date)),
  DATE_SOURCE(Cell.text(r -> r.dateSource().label())),
  SOURCE(Cell.text(DocumentRow::source)),
  KIND(Cell.text(r -> r.kind().label())),
  TITLE(Cell.text(DocumentRow::title)),
  AUTHOR(Cell.text(DocumentRow::author)),
  LANGUAGE(Cell.text(DocumentRow::language)),
  TOKENS(Cell.number(DocumentRow::tokens)),
  SENTENCES(Cell.number(DocumentRow::sentences)),
  ENTITY_MENTIONS(Cell.number(DocumentRow::entityMentions)),
  SENTIMENT_MEAN(Cell.number(r -> ReportNumbers.fixed(r.sentimentMean()))),
  CORENLP_MEAN(Cell.number(r -> ReportNumbers.fixed(r.engineMean(SentimentEngineId.CORENLP)))),
  VADER_MEAN(Cell.number(r -> ReportNumbers.fixed(r.engineMean(SentimentEngineId.VADER)))),
  NEWS_MEAN(Cell.number(r -> ReportNumbers.fixed(r.engineMean(SentimentEngineId.NEWS)))),
  ORIGIN(Cell.text(DocumentRow::origin));

  private final Cell<DocumentRow> cell;

  DocumentColumn(Cell<DocumentRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<DocumentRow> cell() {
    return cell;
  }
}
