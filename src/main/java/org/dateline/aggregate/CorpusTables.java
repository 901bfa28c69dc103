package org.dateline.aggregate;

import java.util.Objects;
import java.util.stream.Collector;
import org.dateline.aggregate.dictionary.DictionaryCounts;
import org.dateline.model.AnnotatedArticle;

/**
 * The three by-date tables of a corpus (terms, entities, sentiment) with the count of
 * documents seen and of those left out because they have no date, and the counts behind the
 * research tables ({@link ResearchCounts}). The entity table is built from the kept mentions
 * after the {@link EntityRules}, once accumulation is over.
 *
 * <p>A mergeable accumulator: {@link #merge} is associative and commutative and
 * {@link #empty} is its identity, so the tables' rows are identical however the articles were
 * split. To aggregate on several threads, give each worker its own bundle, then merge:
 *
 * <pre>{@code
 * // on each worker
 * CorpusTables partial = CorpusTables.empty(settings);
 * for (AnnotatedArticle a : myShare) partial.add(a);
 * // once all workers are done, on one thread
 * CorpusTables all = CorpusTables.empty(settings);
 * for (CorpusTables p : partials) all.merge(p);
 * }</pre>
 *
 * <p>or let a stream do it with {@link #collector}. The order of the partials does not matter.
 *
 * <p>Not thread-safe: an instance must not be used by two threads at once. The tables returned
 * by the accessors are this bundle's own (not copies): read them once accumulation is over.
 */
public final class CorpusTables implements java.io.Serializable {
  private final AggregateSettings settings;
  private final TermTable terms;
  private final SentimentTable sentiment;
  private final ResearchCounts research;
  /** The documents for the topic model; null unless the settings ask for one. */
  private final TopicDocuments topicDocuments;
  private final DictionaryCounts dictionaries;
  /** Resolved from {@link #research} on first use after the last change. */
  private transient ResolvedEntities resolved;
  private long documents;
  private long undated;

  private CorpusTables(AggregateSettings settings) {
    this.settings = settings;
    this.terms = TermTable.empty(settings);
    this.research = ResearchCounts.empty(settings);
    this.sentiment = SentimentTable.empty(settings.period());
    this.topicDocuments = settings.topics() == null ? null : TopicDocuments.empty(settings);
    this.dictionaries = DictionaryCounts.empty(settings.dictionaries(), settings.period(), settings.entityRules());
  }

  public static CorpusTables empty(AggregateSettings settings) {
    return new CorpusTables(Objects.requireNonNull(settings, "settings"));
  }

  /**
   * A collector for (parallel) streams of annotated articles; it builds one bundle per stream
   * segment and merges them.
   */
  public static Collector<AnnotatedArticle, ?, CorpusTables> collector(AggregateSettings settings) {
    Objects.requireNonNull(settings, "settings");
    return Collector.of(
        () -> empty(settings),
        CorpusTables::add,
        CorpusTables::merge,
        Collector.Characteristics.UNORDERED,
        Collector.Characteristics.IDENTITY_FINISH);
  }

  /** Adds the article to every table, or counts it as undated. Returns this. */
  public CorpusTables add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    documents++;
    resolved = null;
    research.add(article);
    if (article.article().date() == null) {
      undated++;
      return this;
    }
    terms.add(article);
    sentiment.add(article);
    if (topicDocuments != null) {
      topicDocuments.add(article);
    }
    dictionaries.add(article);
    return this;
  }

  /**
   * Adds everything in {@code other} into this bundle and returns this; {@code other} is not
   * changed.
   *
   * @throws IllegalArgumentException when the bundles were built with different settings
   */
  public CorpusTables merge(CorpusTables other) {
    Objects.requireNonNull(other, "other");
    TermTable.requireSameSettings(settings, other.settings);
    long otherDocuments = other.documents;
    long otherUndated = other.undated;
    terms.merge(other.terms);
    research.merge(other.research);
    resolved = null;
    sentiment.merge(other.sentiment);
    if (topicDocuments != null) {
      topicDocuments.merge(other.topicDocuments);
    }
    dictionaries.merge(other.dictionaries);
    documents += otherDocuments;
    undated += otherUndated;
    return this;
  }

  public AggregateSettings settings() {
    return settings;
  }

  public TermTable terms() {
    return terms;
  }

  /**
   * The entity table after the {@link EntityRules} of the settings; computed from the kept
   * mentions on first use after an add or merge.
   */
  public EntityTable entities() {
    return resolvedEntities().entities();
  }

  /**
   * The entity table, co-occurrence counts and rule counts; see {@link #entities()}. Safe to call
   * from several threads at once once accumulation is over (the reports are written in
   * parallel): the first caller resolves, the others wait for it.
   */
  public synchronized ResolvedEntities resolvedEntities() {
    if (resolved == null) {
      resolved = EntityResolver.resolve(research.entityDocuments());
    }
    return resolved;
  }

  /** Documents per period, kept mentions and n-gram counts for the research tables. */
  public ResearchCounts research() {
    return research;
  }

  /**
   * The dated documents as term ids for the topic model, or null when the settings ask for no
   * topic model.
   */
  public TopicDocuments topicDocuments() {
    return topicDocuments;
  }

  /** The dictionary counts ({@code --dictionary}); empty when the settings have no dictionary. */
  public DictionaryCounts dictionaries() {
    return dictionaries;
  }

  public SentimentTable sentiment() {
    return sentiment;
  }

  /** All documents added, dated or not. */
  public long documents() {
    return documents;
  }

  /** Documents added without a date, and so left out of the three tables. */
  public long undated() {
    return undated;
  }
}
