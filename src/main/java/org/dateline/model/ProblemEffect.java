package org.dateline.model;

import java.util.Locale;

/**
 * What a {@link Problem} did to what it names, as {@code errors.csv}'s {@code effect} column and
 * the run's summary say it: whether the record or file is in the tables, and as written or not.
 */
public enum ProblemEffect {
  /** The record or file is not in the tables. */
  SKIPPED("records skipped", "record skipped"),
  /** The record is in the tables, changed as the message says. */
  REPAIRED("repaired", "repaired"),
  /** The record is in the tables, unchanged; the message is a remark about it. */
  KEPT("notes", "note");

  private final String plural;
  private final String singular;

  ProblemEffect(String plural, String singular) {
    this.plural = plural;
    this.singular = singular;
  }

  /** The value of {@code errors.csv}'s {@code effect} column. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code n} with the effect's words in the summary: {@code 6 records skipped}, {@code 1 note}. */
  public String count(long n) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
