package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.DocumentRow;

/** Columns of {@code documents.csv}, one row per document, in order. */
public enum DocumentColumn implements ReportColumn<DocumentRow> {
  DOC_ID(CellType.TEXT, DocumentRow::docId),
  DATE(CellType.TEXT, DocumentRow::date),
  DATE_SOURCE(CellType.TEXT, DocumentRow::dateSource),
  SOURCE(CellType.TEXT, DocumentRow::source),
  KIND(CellType.TEXT, DocumentRow::kind),
  TITLE(CellType.TEXT, DocumentRow::title),
  AUTHOR(CellType.TEXT, DocumentRow::author),
  LANGUAGE(CellType.TEXT, DocumentRow::language),
  TOKENS(CellType.NUMBER, DocumentRow::tokens),
  SENTENCES(CellType.NUMBER, DocumentRow::sentences),
  ENTITY_MENTIONS(CellType.NUMBER, DocumentRow::entityMentions),
  SENTIMENT_MEAN(CellType.NUMBER, DocumentRow::sentimentMean),
  ORIGIN(CellType.TEXT, DocumentRow::origin);

  private final CellType type;
  private final Function<DocumentRow, Object> getter;

  DocumentColumn(CellType type, Function<DocumentRow, Object> getter) {
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
  public Object valueOf(DocumentRow row) {
    return getter.apply(row);
  }
}
