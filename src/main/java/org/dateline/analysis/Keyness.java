package org.dateline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.EntityRow;
import org.dateline.aggregate.TermRow;
import org.dateline.model.EntityType;

/**
 * The rows of {@code keyness_by_date.csv}: every term and entity with at least the minimum
 * count in a period, scored against the reference ({@link Reference}) with {@link KeynessScore}.
 * Totals are the counted tokens (terms) and the entity mentions (entities) that {@code per_10k}
 * uses. Sorted by period, kind label, G² descending, feature, type.
 */
public final class Keyness {
  private static final Comparator<KeynessRow> ORDER =
      Comparator.comparing(KeynessRow::period)
          .thenComparing(r -> r.kind().label())
          .thenComparing(Comparator.comparingDouble((KeynessRow r) -> r.score().g2()).reversed())
          .thenComparing(KeynessRow::feature)
          .thenComparing(r -> r.type() == null ? "" : r.type().name());

  private Keyness() {}

  /** A feature: a term (type null) or an entity name with its type. */
  private record Feature(String name, EntityType type) {}

  public static List<KeynessRow> rows(CorpusTables tables, Reference reference, long minCount) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(reference, "reference");
    // Terms keyed by their text alone, whose hash a String keeps: there are ten times as many
    // term rows as entity rows.
    NavigableMap<LocalDate, Map<String, Long>> terms = new TreeMap<>();
    for (TermRow r : tables.terms().rows()) {
      terms.computeIfAbsent(r.period(), d -> new HashMap<>()).put(r.term(), r.count());
    }
    NavigableMap<LocalDate, Long> termTotals = new TreeMap<>(tables.terms().countedTokens());
    NavigableMap<LocalDate, Map<Feature, Long>> entities = new TreeMap<>();
    NavigableMap<LocalDate, Long> entityTotals = new TreeMap<>();
    for (EntityRow r : tables.entities().rows()) {
      entities.computeIfAbsent(r.period(), d -> new HashMap<>()).put(new Feature(r.entity(), r.type()), r.count());
      entityTotals.merge(r.period(), r.count(), Long::sum);
    }
    List<KeynessRow> out = new ArrayList<>();
    score(FeatureKind.TERM, terms, termTotals, reference, minCount, t -> t, t -> null, out);
    score(FeatureKind.ENTITY, entities, entityTotals, reference, minCount, Feature::name, Feature::type, out);
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static <K> void score(FeatureKind kind, NavigableMap<LocalDate, Map<K, Long>> counts,
      NavigableMap<LocalDate, Long> totals, Reference reference, long minCount, Function<K, String> name,
      Function<K, EntityType> type, List<KeynessRow> out) {
    totals.values().removeIf(t -> t == 0);
    Map<K, Long> run = new HashMap<>();
    long runTotal = 0;
    for (Map<K, Long> m : counts.values()) {
      m.forEach((f, c) -> run.merge(f, c, Long::sum));
    }
    for (long t : totals.values()) {
      runTotal += t;
    }
    for (Map.Entry<LocalDate, Long> p : totals.entrySet()) {
      LocalDate period = p.getKey();
      long total = p.getValue();
      Map<K, Long> here = counts.getOrDefault(period, Map.of());
      Map<K, Long> previous = null;
      long referenceTotal;
      if (reference == Reference.REST) {
        referenceTotal = runTotal - total;
      } else {
        LocalDate before = totals.lowerKey(period);
        if (before == null) {
          continue;
        }
        previous = counts.getOrDefault(before, Map.of());
        referenceTotal = totals.get(before);
      }
      if (referenceTotal == 0) {
        continue;
      }
      for (Map.Entry<K, Long> e : here.entrySet()) {
        long count = e.getValue();
        if (count < minCount) {
          continue;
        }
        K f = e.getKey();
        long referenceCount = previous == null ? run.get(f) - count : previous.getOrDefault(f, 0L);
        out.add(new KeynessRow(period, kind, name.apply(f), type.apply(f), count, referenceCount, total,
            referenceTotal, KeynessScore.of(count, referenceCount, total, referenceTotal)));
      }
    }
  }
}
