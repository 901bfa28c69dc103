package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dateline.model.EntityType;

/**
 * The entity counts of a run after the {@link EntityRules}: the entity table, the tone towards
 * each entity, the co-occurrence counts and how many mentions each rule changed. Built by {@link EntityResolver}; immutable
 * once built.
 */
public final class ResolvedEntities {
  private static final Comparator<CooccurrenceCount> ORDER =
      Comparator.comparing(CooccurrenceCount::period)
          .thenComparing(Comparator.comparingLong(CooccurrenceCount::documents).reversed())
          .thenComparing(CooccurrenceCount::entityA)
          .thenComparing(c -> c.typeA().name())
          .thenComparing(CooccurrenceCount::entityB)
          .thenComparing(c -> c.typeB().name());

  /** A pair in canonical order; see {@link CooccurrenceCount}. */
  record Pair(String a, EntityType typeA, String b, EntityType typeB) {}

  private final EntityTable entities;
  private final EntitySentimentTable sentiment;
  private final Map<LocalDate, Map<Pair, long[]>> pairs;
  private final long aliasRewrites;
  private final long majorityTypeChanges;
  private final long shortNameChanges;
  private final long runShortNameChanges;
  private final long ambiguousShortNames;

  ResolvedEntities(EntityTable entities, EntitySentimentTable sentiment, Map<LocalDate, Map<Pair, long[]>> pairs, long aliasRewrites,
      long majorityTypeChanges, long shortNameChanges, long runShortNameChanges, long ambiguousShortNames) {
    this.runShortNameChanges = runShortNameChanges;
    this.ambiguousShortNames = ambiguousShortNames;
    this.entities = entities;
    this.sentiment = sentiment;
    this.pairs = pairs;
    this.aliasRewrites = aliasRewrites;
    this.majorityTypeChanges = majorityTypeChanges;
    this.shortNameChanges = shortNameChanges;
  }

  /** The entity table, one row per (period, canonical name, type). */
  public EntityTable entities() {
    return entities;
  }

  /**
   * The tone towards each entity by period and engine, under the names and types of
   * {@link #entities()}.
   */
  public EntitySentimentTable sentiment() {
    return sentiment;
  }

  /**
   * Pairs of distinct entities mentioned in at least {@code minDocuments} documents of a period,
   * by period, documents descending, then names and types.
   */
  public List<CooccurrenceCount> cooccurrence(long minDocuments) {
    List<CooccurrenceCount> out = new ArrayList<>();
    pairs.forEach((period, m) -> m.forEach((p, c) -> {
      if (c[0] >= minDocuments) {
        out.add(new CooccurrenceCount(period, p.a(), p.typeA(), p.b(), p.typeB(), c[0], c[1]));
      }
    }));
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** Mentions renamed or retyped by a canonical-name rule. */
  public long aliasRewrites() {
    return aliasRewrites;
  }

  /** Mentions whose type changed to the type most of the name's mentions get in the document. */
  public long majorityTypeChanges() {
    return majorityTypeChanges;
  }

  /** Short PERSON mentions counted under the document's one longer name. */
  public long shortNameChanges() {
    return shortNameChanges;
  }

  /** Short-name mentions counted under the run's one full name they stand for (see {@link RunShortNames}). */
  public long runShortNameChanges() {
    return runShortNameChanges;
  }

  /**
   * Distinct short names of the run left as written because they could stand for several of its
   * people, none holding 90% of their full-name mentions ({@code Kim}).
   */
  public long ambiguousShortNames() {
    return ambiguousShortNames;
  }

  static int compare(String a, EntityType ta, String b, EntityType tb) {
    int c = a.compareTo(b);
    return c != 0 ? c : ta.name().compareTo(tb.name());
  }

  static Pair pair(String a, EntityType ta, String b, EntityType tb) {
    return compare(a, ta, b, tb) <= 0 ? new Pair(a, ta, b, tb) : new Pair(b, tb, a, ta);
  }

  static long[] counter(Map<Pair, long[]> m, Pair p) {
    return m.computeIfAbsent(p, k -> new long[2]);
  }
}
