package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.model.Problem;

/**
 * Columns of {@code errors.csv}: one row per skipped or repaired record. {@code record} is
 * the line number for line-oriented inputs and the 1-based record number inside a JSON
 * document; {@code unit} says which; 0 means the whole file.
 */
public enum ProblemColumn implements ReportColumn<Problem> {
  FILE(p -> p.origin().file()),
  RECORD(p -> p.origin().position()),
  UNIT(p -> p.origin().unit().name().toLowerCase(Locale.ROOT)),
  KIND(p -> p.kind().label()),
  MESSAGE(Problem::message);

  private final Function<Problem, Object> getter;

  ProblemColumn(Function<Problem, Object> getter) {
    this.getter = getter;
  }

  @Override
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Object valueOf(Problem row) {
    return getter.apply(row);
  }
}
