package org.dateline.report;

import org.dateline.aggregate.dictionary.DictionaryDocumentRow;

/** Columns of {@code dictionary_by_document.csv}, in order: one row per document and category with a match. */
public enum DictionaryDocumentColumn implements ReportColumn<DictionaryDocumentRow> {
  DOC_ID(Cell.text(DictionaryDocumentRow::docId)),
  DATE(Cell.date(DictionaryDocumentRow::date)),
  DICTIONARY(Cell.text(DictionaryDocumentRow::dictionary)),
  CATEGORY(Cell.text(DictionaryDocumentRow::category)),
  COUNT(Cell.number(DictionaryDocumentRow::count)),
  TOKENS(Cell.number(DictionaryDocumentRow::tokens));

  private final Cell<DictionaryDocumentRow> cell;

  DictionaryDocumentColumn(Cell<DictionaryDocumentRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<DictionaryDocumentRow> cell() {
    return cell;
  }
}
