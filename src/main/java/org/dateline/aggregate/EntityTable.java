package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Period;

/**
 * Entity mention counts by period: for each (period, mention text, type) the mentions and the
 * document frequency. Mention text is used as annotated, case kept, after titles are dropped
 * (see {@link EntityNames}).
 *
 * <p>A mergeable accumulator with the same contract as {@link TermTable}: {@link #merge} is
 * associative and commutative with {@link #empty} as identity; undated articles are ignored.
 *
 * <p>Not thread-safe: give each worker thread its own table and merge when the workers are done.
 */
public final class EntityTable {
  private static final Comparator<EntityRow> ORDER =
      Comparator.comparing(EntityRow::period)
          .thenComparing(Comparator.comparingLong(EntityRow::count).reversed())
          .thenComparing(EntityRow::entity)
          .thenComparing(r -> r.type().name());

  private record Key(String text, EntityType type) {}

  private final Period period;
  /** long[] {count, docFreq}. */
  private final Map<LocalDate, Map<Key, long[]>> periods = new HashMap<>();
  /** The rows as last computed, until the next change: the reports read them several times. */
  private List<EntityRow> rows;

  private EntityTable(Period period) {
    this.period = period;
  }

  public static EntityTable empty(Period period) {
    return new EntityTable(Objects.requireNonNull(period, "period"));
  }

  public Period period() {
    return period;
  }

  /** Counts the article's mentions into its period; ignores an undated article. Returns this. */
  public EntityTable add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    LocalDate date = article.article().date();
    if (date == null || article.mentions().isEmpty()) {
      return this;
    }
    rows = null;
    Map<Key, long[]> to = periods.computeIfAbsent(period.start(date), d -> new HashMap<>());
    Set<Key> seen = new HashSet<>();
    for (EntityMention raw : article.mentions()) {
      EntityMention m = EntityNames.normalize(raw);
      Key key = new Key(m.text(), m.type());
      long[] c = to.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      if (seen.add(key)) {
        c[1]++;
      }
    }
    return this;
  }

  /**
   * Counts mentions that are already in counted form (titles dropped, canonical names and the
   * other {@link EntityRules} applied by {@link EntityResolver}) into the period that starts on
   * {@code start}, as one document.
   */
  EntityTable addCounted(LocalDate start, String[] texts, EntityType[] types) {
    rows = null;
    Map<Key, long[]> to = periods.computeIfAbsent(start, d -> new HashMap<>());
    Set<Key> seen = new HashSet<>();
    for (int i = 0; i < texts.length; i++) {
      Key key = new Key(texts[i], types[i]);
      long[] c = to.computeIfAbsent(key, k -> new long[2]);
      c[0]++;
      if (seen.add(key)) {
        c[1]++;
      }
    }
    return this;
  }

  /**
   * Adds the counts of {@code other} into this table and returns this; {@code other} is not
   * changed.
   *
   * @throws IllegalArgumentException when the tables use different periods
   */
  public EntityTable merge(EntityTable other) {
    Objects.requireNonNull(other, "other");
    TermTable.requireSameSettings(period, other.period);
    rows = null;
    List<Map.Entry<LocalDate, Map<Key, long[]>>> entries = new ArrayList<>();
    for (Map.Entry<LocalDate, Map<Key, long[]>> e : other.periods.entrySet()) {
      Map<Key, long[]> copy = new HashMap<>();
      e.getValue().forEach((k, c) -> copy.put(k, c.clone()));
      entries.add(Map.entry(e.getKey(), copy));
    }
    for (Map.Entry<LocalDate, Map<Key, long[]>> e : entries) {
      Map<Key, long[]> to = periods.computeIfAbsent(e.getKey(), d -> new HashMap<>());
      e.getValue().forEach((k, c) -> {
        long[] t = to.computeIfAbsent(k, x -> new long[2]);
        t[0] += c[0];
        t[1] += c[1];
      });
    }
    return this;
  }

  /**
   * The rows, by period ascending, then count descending, then entity text, then type name. A
   * snapshot; unmodifiable. Several threads may read them at once once accumulation is over.
   */
  public synchronized List<EntityRow> rows() {
    if (rows == null) {
      List<EntityRow> out = new ArrayList<>();
      periods.forEach((d, m) -> m.forEach((k, c) ->
          out.add(new EntityRow(d, k.text(), k.type(), c[0], c[1]))));
      out.sort(ORDER);
      rows = List.copyOf(out);
    }
    return rows;
  }
}
