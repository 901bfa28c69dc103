package org.dateline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Period;

/** Calendar stepping over period starts. */
public final class Periods {
  private Periods() {}

  /** The start of the period after the one starting on {@code start}. */
  public static LocalDate next(Period period, LocalDate start) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    return switch (period) {
      case DAY -> start.plusDays(1);
      case WEEK -> start.plusWeeks(1);
      case MONTH -> start.plusMonths(1);
      case YEAR -> start.plusYears(1);
    };
  }

  /** Every period start from {@code first} to {@code last}, both included. */
  public static List<LocalDate> between(Period period, LocalDate first, LocalDate last) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = period.start(first); !d.isAfter(last); d = next(period, d)) {
      out.add(d);
    }
    return out;
  }
}
