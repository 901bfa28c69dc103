package org.dateline.report;

import org.dateline.aggregate.dictionary.DictionaryDateRow;

/** Columns of {@code dictionary_by_date.csv}, in order; {@code period} is the ISO date of the period's first day. */
public enum DictionaryDateColumn implements ReportColumn<DictionaryDateRow> {
  PERIOD(Cell.text(DictionaryDateRow::period)),
  DICTIONARY(Cell.text(DictionaryDateRow::dictionary)),
  CATEGORY(Cell.text(DictionaryDateRow::category)),
  COUNT(Cell.number(DictionaryDateRow::count)),
  DOCUMENTS(Cell.number(DictionaryDateRow::documents)),
  TOKENS(Cell.number(DictionaryDateRow::tokens)),
  PER_10K(Cell.number(r -> ReportNumbers.fixed(r.per10k())));

  private final Cell<DictionaryDateRow> cell;

  DictionaryDateColumn(Cell<DictionaryDateRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<DictionaryDateRow> cell() {
    return cell;
  }
}
