package org.dateline.analysis;

import java.util.Objects;
import org.dateline.aggregate.CooccurrenceCount;

/**
 * One row of {@code cooccurrence_by_date.csv}: the counts and their NPMI over the period's
 * documents.
 */
public record CooccurrenceRow(CooccurrenceCount counts, double npmi) {
  public CooccurrenceRow {
    Objects.requireNonNull(counts, "counts");
  }
}
