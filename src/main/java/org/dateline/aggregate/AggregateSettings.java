package org.dateline.aggregate;

import java.util.Objects;
import org.dateline.aggregate.dictionary.Dictionaries;
import org.dateline.model.Period;

/**
 * How articles are aggregated: the calendar bucket, whether terms are lemmas or word forms,
 * and which words are left out. Immutable and thread-safe.
 *
 * @param period the bucket that dates are mapped to (see {@link Period#start})
 * @param lemma true to count lemmas ({@code said} and {@code says} become {@code say}), false
 *     to count word forms
 * @param stopwords words left out of the term table
 * @param entityRules how mentions are merged into one row per entity (canonical names, type by
 *     majority, short names)
 * @param ngramSize the longest word sequence counted for collocations, 2 or 3; 0 counts none
 * @param topics the topic model asked for, whose documents are then kept; null for none
 * @param dictionaries the dictionaries counted ({@code --dictionary}), none by default
 */
public record AggregateSettings(Period period, boolean lemma, Stopwords stopwords, EntityRules entityRules,
    int ngramSize, TopicSettings topics, Dictionaries dictionaries) implements java.io.Serializable {
  public AggregateSettings {
    Objects.requireNonNull(dictionaries, "dictionaries");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(stopwords, "stopwords");
    Objects.requireNonNull(entityRules, "entityRules");
    if (ngramSize != 0 && ngramSize != 2 && ngramSize != 3) {
      throw new IllegalArgumentException("ngramSize must be 0 (none), 2 or 3, was " + ngramSize);
    }
  }

  /** Without a topic model or dictionaries. */
  public AggregateSettings(Period period, boolean lemma, Stopwords stopwords, EntityRules entityRules, int ngramSize) {
    this(period, lemma, stopwords, entityRules, ngramSize, null, Dictionaries.none());
  }

  /** The default entity rules ({@link EntityRules#defaults()}) and word pairs only. */
  public AggregateSettings(Period period, boolean lemma, Stopwords stopwords) {
    this(period, lemma, stopwords, EntityRules.defaults(), 2);
  }

  /** Days, word forms, the English stopword list. */
  public static AggregateSettings defaults() {
    return new AggregateSettings(Period.DAY, false, Stopwords.english());
  }

  public AggregateSettings withPeriod(Period newPeriod) {
    return new AggregateSettings(newPeriod, lemma, stopwords, entityRules, ngramSize, topics, dictionaries);
  }

  public AggregateSettings withLemma(boolean newLemma) {
    return new AggregateSettings(period, newLemma, stopwords, entityRules, ngramSize, topics, dictionaries);
  }

  public AggregateSettings withStopwords(Stopwords newStopwords) {
    return new AggregateSettings(period, lemma, newStopwords, entityRules, ngramSize, topics, dictionaries);
  }

  public AggregateSettings withEntityRules(EntityRules newRules) {
    return new AggregateSettings(period, lemma, stopwords, newRules, ngramSize, topics, dictionaries);
  }

  public AggregateSettings withNgramSize(int newSize) {
    return new AggregateSettings(period, lemma, stopwords, entityRules, newSize, topics, dictionaries);
  }

  /** With the topic model {@code newTopics} (null: none). */
  public AggregateSettings withTopics(TopicSettings newTopics) {
    return new AggregateSettings(period, lemma, stopwords, entityRules, ngramSize, newTopics, dictionaries);
  }

  public AggregateSettings withDictionaries(Dictionaries value) {
    return new AggregateSettings(period, lemma, stopwords, entityRules, ngramSize, topics, value);
  }

  /** The term policy these settings describe. */
  public TermPolicy termPolicy() {
    return new TermPolicy(lemma, stopwords);
  }
}
