package org.dateline.report;

import org.dateline.analysis.KeynessRow;

/**
 * Columns of {@code keyness_by_date.csv}, in order; {@code type} is empty for terms, {@code g2}
 * and {@code log_ratio} have 4 decimals, {@code p} 4 significant digits.
 */
public enum KeynessColumn implements ReportColumn<KeynessRow> {
  PERIOD(Cell.text(KeynessRow::period)),
  KIND(Cell.text(r -> r.kind().label())),
  FEATURE(Cell.text(KeynessRow::feature)),
  TYPE(Cell.text(r -> r.type() == null ? "" : r.type().name())),
  COUNT(Cell.number(KeynessRow::count)),
  REFERENCE_COUNT(Cell.number(KeynessRow::referenceCount)),
  PERIOD_TOTAL(Cell.number(KeynessRow::periodTotal)),
  REFERENCE_TOTAL(Cell.number(KeynessRow::referenceTotal)),
  G2(Cell.number(r -> ReportNumbers.fixed(r.score().g2()))),
  P(Cell.number(r -> ReportNumbers.probability(r.score().p()))),
  LOG_RATIO(Cell.number(r -> ReportNumbers.fixed(r.score().logRatio())));

  private final Cell<KeynessRow> cell;

  KeynessColumn(Cell<KeynessRow> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<KeynessRow> cell() {
    return cell;
  }
}
