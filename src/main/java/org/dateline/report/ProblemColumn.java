package org.dateline.report;

import java.util.Locale;
import org.dateline.model.Problem;

/**
 * Columns of {@code errors.csv}: one row per record or file skipped, repaired or kept with a
 * note. {@code record} is the line number for line-oriented inputs and the 1-based record number
 * inside a JSON document; {@code unit} says which; 0 means the whole file. {@code effect} comes
 * last so that the columns before it keep their places for readers of older files.
 */
public enum ProblemColumn implements ReportColumn<Problem> {
  FILE(Cell.text(p -> p.origin().file())),
  RECORD(Cell.number(p -> p.origin().position())),
  UNIT(Cell.text(p -> p.origin().unit().name().toLowerCase(Locale.ROOT))),
  KIND(Cell.text(p -> p.kind().label())),
  MESSAGE(Cell.text(Problem::message)),
  /** {@code skipped}, {@code repaired} or {@code kept}: see {@link org.dateline.model.ProblemEffect}. */
  EFFECT(Cell.text(p -> p.kind().effect().label()));

  private final Cell<Problem> cell;

  ProblemColumn(Cell<Problem> cell) {
    this.cell = cell;
  }

  @Override
  public Cell<Problem> cell() {
    return cell;
  }
}
