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
  FILE(CellType.TEXT, p -> p.origin().file()),
  RECORD(CellType.NUMBER, p -> p.origin().position()),
  UNIT(CellType.TEXT, p -> p.origin().unit().name().toLowerCase(Locale.ROOT)),
  KIND(CellType.TEXT, p -> p.kind().label()),
  MESSAGE(CellType.TEXT, Problem::message);

  private final CellType type;
  private final Function<Problem, Object> getter;

  ProblemColumn(CellType type, Function<Problem, Object> getter) {
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
  public Object valueOf(Problem row) {
    return getter.apply(row);
  }
}
