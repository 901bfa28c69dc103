package org.dateline.aggregate;

import java.util.Objects;
import org.dateline.model.Period;

/**
 * How articles are aggregated: the calendar bucket, whether terms are lemmas or word forms,
 * and which words are left out. Immutable and thread-safe.
 *
 * @param period the bucket that dates are mapped to (see {@link Period#start})
 * @param lemma true to count lemmas ({@code said} and {@code says} become {@code say}), false
 *     to count word forms
 * @param stopwords words left out of the term table
 */
public record AggregateSettings(Period period, boolean lemma, Stopwords stopwords) {
  public AggregateSettings {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(stopwords, "stopwords");
  }

  /** Days, word forms, the English stopword list. */
  public static AggregateSettings defaults() {
    return new AggregateSettings(Period.DAY, false, Stopwords.english());
  }

  public AggregateSettings withPeriod(Period newPeriod) {
    return new AggregateSettings(newPeriod, lemma, stopwords);
  }

  public AggregateSettings withLemma(boolean newLemma) {
    return new AggregateSettings(period, newLemma, stopwords);
  }

  public AggregateSettings withStopwords(Stopwords newStopwords) {
    return new AggregateSettings(period, lemma, newStopwords);
  }

  /** The term policy these settings describe. */
  public TermPolicy termPolicy() {
    return new TermPolicy(lemma, stopwords);
  }
}
