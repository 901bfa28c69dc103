package org.dateline.report;

import org.dateline.aggregate.dictionary.DictionaryEntityRow;

/** Columns of {@code dictionary_by_entity_date.csv}, in order: one row per period, entity and category. */
public enum DictionaryEntityColumn implements ReportColumn<DictionaryEntityRow> {
  PERIOD(Cell.text(DictionaryEntityRow::period)),
  ENTITY(Cell.text(DictionaryEntityRow::entity)),
  TYPE(Cell.text(r -> r.type().name())),
  DICTIONARY(Cell.text(DictionaryEntityRow::dictionary)),
  CATEGORY(Cell.text(DictionaryEntityRow::category)),
  SENTENCES(Cell.number(DictionaryEntityRow::sentences)),
  COUNT(Cell.number(DictionaryEntityRow::count));

  private final Cell<DictionaryEntityRow> cell;

  DictionaryEntityColumn(Cell<DictionaryEntityRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<DictionaryEntityRow> cell() {
    return cell;
  }
}
