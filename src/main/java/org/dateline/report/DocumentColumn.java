package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.DocumentRow;

/** Columns of {@code documents.csv}, one row per document, in order. */
public enum DocumentColumn implements ReportColumn<DocumentRow> {
  DOC_ID(DocumentRow::docId),
  DATE(DocumentRow::date),
  DATE_SOURCE(DocumentRow::dateSource),
  SOURCE(DocumentRow::source),
  KIND(DocumentRow::kind),
  TITLE(DocumentRow::title),
  AUTHOR(DocumentRow::author),
  LANGUAGE(DocumentRow::language),
  TOKENS(DocumentRow::tokens),
  SENTENCES(DocumentRow::sentences),
  ENTITY_MENTIONS(DocumentRow::entityMentions),
  SENTIMENT_MEAN(DocumentRow::sentimentMean),
  ORIGIN(DocumentRow::origin);

  private final Function<DocumentRow, Object> getter;

  DocumentColumn(Function<DocumentRow, Object> getter) {
    this.getter = getter;
  }

  @Override
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Object valueOf(DocumentRow row) {
    return getter.apply(row);
  }
}
