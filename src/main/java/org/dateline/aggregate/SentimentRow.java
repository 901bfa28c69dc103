package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the sentiment table.
 *
 * @param period the first day of the period
 * @param documents documents dated in the period, with or without sentiment
 * @param sentences sentences that carry a sentiment class
 * @param mean the mean sentence score (class - 2, so -2 to +2), rounded half-even to 4 decimals
 *     with trailing zeros dropped; empty when {@code sentences} is 0
 * @param veryNegative sentences of class 0
 * @param negative sentences of class 1
 * @param neutral sentences of class 2
 * @param positive sentences of class 3
 * @param veryPositive sentences of class 4
 */
public record SentimentRow(
    LocalDate period,
    long documents,
    long sentences,
    String mean,
    long veryNegative,
    long negative,
    long neutral,
    long positive,
    long veryPositive) {
  public SentimentRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(mean, "mean");
  }
}
