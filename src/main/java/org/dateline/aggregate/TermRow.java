package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the term table.
 *
 * @param period the first day of the period
 * @param term the lower-cased word form or lemma
 * @param count occurrences in the period
 * @param docFreq documents of the period that hold the term at least once
 * @param per10k {@code count * 10000 / counted tokens of the period}, exact
 */
public record TermRow(LocalDate period, String term, long count, long docFreq, Ratio per10k) {
  public TermRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(per10k, "per10k");
  }
}
