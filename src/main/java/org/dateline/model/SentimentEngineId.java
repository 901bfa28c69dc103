package org.dateline.model;

import java.util.Locale;

/**
 * The sentiment engines whose sentence scores a run can carry. Each has its own scale, so
 * scores of different engines are compared by correlation or by their three-way tone, never
 * averaged together.
 */
public enum SentimentEngineId {
  /**
   * CoreNLP's recursive sentiment model over the constituency parse. Its score is the expected
   * value of the class minus 2 over the five class probabilities, -2 .. +2; its tone comes from
   * the most likely class (0-1 negative, 2 neutral, 3-4 positive).
   */
  CORENLP,
  /**
   * VADER's compound score, -1 .. +1, from a rated lexicon and rules; no parse. Tone: positive
   * from +0.05, negative from -0.05, the thresholds VADER's authors recommend.
   */
  VADER,
  /**
   * A model calibrated on news ({@code news-model.tsv}): a multinomial logistic regression over
   * CoreNLP's and VADER's scores of the sentence and of the clause around a target, lexicon and
   * negation counts, and word n-grams with names masked. Its score is P(positive) -
   * P(negative), -1 .. +1; its tone is the most probable class. It needs both other engines'
   * inputs, so they run whenever it is chosen.
   */
  NEWS;

  /** The name on the command line and in tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
