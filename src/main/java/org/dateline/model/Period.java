package org.dateline.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar bucket for aggregation. A period is labelled by the ISO date of its first day;
 * weeks start on Monday.
 */
public enum Period {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  /** The first day of the period that holds {@code date}. */
  public LocalDate start(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
