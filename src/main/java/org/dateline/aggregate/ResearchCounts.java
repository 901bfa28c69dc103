package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.dateline.model.AnnotatedArticle;

/**
 * The counts behind the research tables that the three by-date tables do not hold: dated
 * documents per period (for bursts and co-occurrence), every document's entity mentions (see
 * {@link EntityDocuments}) and the word-sequence counts (see {@link NgramCounts}).
 *
 * <p>A mergeable accumulator like {@link CorpusTables}, which holds one. Not thread-safe.
 */
public final class ResearchCounts implements java.io.Serializable {
  private final AggregateSettings settings;
  private final Map<LocalDate, long[]> documents = new HashMap<>();
  private final EntityDocuments entities;
  private final NgramCounts ngrams;

  private ResearchCounts(AggregateSettings settings) {
    this.settings = settings;
    this.entities = EntityDocuments.empty(settings.period(), settings.entityRules());
    this.ngrams = NgramCounts.empty(settings.ngramSize());
  }

  public static ResearchCounts empty(AggregateSettings settings) {
    return new ResearchCounts(Objects.requireNonNull(settings, "settings"));
  }

  /** Counts the article; undated articles count only towards the n-grams. Returns this. */
  public ResearchCounts add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    ngrams.add(article);
    LocalDate date = article.article().date();
    if (date != null) {
      documents.computeIfAbsent(settings.period().start(date), d -> new long[1])[0]++;
      entities.add(article);
    }
    return this;
  }

  /**
   * Adds everything in {@code other} into this instance and returns this; {@code other} is not
   * changed.
   *
   * @throws IllegalArgumentException when the two were built with different settings
   */
  public ResearchCounts merge(ResearchCounts other) {
    Objects.requireNonNull(other, "other");
    TermTable.requireSameSettings(settings, other.settings);
    Map<LocalDate, Long> otherDocs = new HashMap<>();
    other.documents.forEach((d, c) -> otherDocs.put(d, c[0]));
    otherDocs.forEach((d, c) -> documents.computeIfAbsent(d, x -> new long[1])[0] += c);
    entities.merge(other.entities);
    ngrams.merge(other.ngrams);
    return this;
  }

  /** Dated documents per period start, in date order. A snapshot; unmodifiable. */
  public NavigableMap<LocalDate, Long> documentsByPeriod() {
    TreeMap<LocalDate, Long> out = new TreeMap<>();
    documents.forEach((d, c) -> out.put(d, c[0]));
    return Collections.unmodifiableNavigableMap(out);
  }

  public EntityDocuments entityDocuments() {
    return entities;
  }

  public NgramCounts ngrams() {
    return ngrams;
  }
}
