package org.dateline.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A column of a report: its header and how a row yields its value. Implemented by the column
 * enums, whose constant order is the column order and whose constant names, in lower case,
 * are the headers.
 *
 * @param <R> the row type
 */
public interface ReportColumn<R> {

  /** What a column holds and how a row yields it. */
  record Cell<R>(CellType type, Function<R, Object> getter) {
    public Cell {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(getter, "getter");
    }

    public static <R> Cell<R> text(Function<R, Object> getter) {
      return new Cell<>(CellType.TEXT, getter);
    }

    public static <R> Cell<R> number(Function<R, Object> getter) {
      return new Cell<>(CellType.NUMBER, getter);
    }

    /** A date column: the ISO date ({@code 2024-03-14}), empty for a row without a date. */
    public static <R> Cell<R> date(Function<R, LocalDate> getter) {
      Objects.requireNonNull(getter, "getter");
      return text(r -> {
        LocalDate date = getter.apply(r);
        return date == null ? "" : date.toString();
      });
    }
  }

  /** The column's kind and getter. */
  Cell<R> cell();

  /** The enum constant's name. */
  String name();

  /** The header name: the enum constant's name in lower case ({@code doc_id}). */
  default String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the column holds text (neutralised against formula injection) or numbers. */
  default CellType type() {
    return cell().type();
  }

  /** The value printed for the row; {@code toString()} of it is written. */
  default Object valueOf(R row) {
    return cell().getter().apply(row);
  }
}
