package org.dateline.analysis;

import java.util.Objects;

/**
 * One row of {@code collocations.csv}.
 *
 * @param collocation the words, lower-cased, joined by single spaces
 * @param count how often the sequence occurs
 * @param length words in the sequence, 2 or 3
 * @param score λ and z
 */
public record CollocationRow(String collocation, long count, int length, Collocation score) {
  public CollocationRow {
    Objects.requireNonNull(collocation, "collocation");
    Objects.requireNonNull(score, "score");
  }
}
