package org.dateline.analysis;

import java.util.Locale;

/** What a period is compared with in {@code keyness_by_date.csv}. */
public enum Reference {
  /** Every other period of the run, as quanteda's {@code textstat_keyness} does by default. */
  REST,
  /** The period just before, among the periods that have tokens; the first period gets no rows. */
  PREVIOUS;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
