package org.dateline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.EntityRow;
import org.dateline.aggregate.TermRow;
import org.dateline.model.EntityType;

/**
 * The rows of {@code bursts.csv}: {@link Bursts} over every period from the first to the last
 * dated period of the run (empty periods included), for every term and entity whose document
 * frequency over the run reaches the minimum count. Sorted by weight descending, then feature,
 * kind label, type and start.
 */
public final class BurstTable {
  private static final Comparator<BurstRow> ORDER =
      Comparator.comparingDouble(BurstRow::weight).reversed()
          .thenComparing(BurstRow::feature)
          .thenComparing(r -> r.kind().label())
          .thenComparing(r -> r.type() == null ? "" : r.type().name())
          .thenComparing(BurstRow::start);

  private BurstTable() {}

  private record Feature(FeatureKind kind, String name, EntityType type) {}

  public static List<BurstRow> rows(CorpusTables tables, long minCount) {
    Objects.requireNonNull(tables, "tables");
    NavigableMap<LocalDate, Long> docs = tables.research().documentsByPeriod();
    if (docs.isEmpty()) {
      return List.of();
    }
    List<LocalDate> periods = Periods.between(tables.settings().period(), docs.firstKey(), docs.lastKey());
    Map<LocalDate, Integer> index = new HashMap<>();
    long[] d = new long[periods.size()];
    for (int i = 0; i < periods.size(); i++) {
      index.put(periods.get(i), i);
      d[i] = docs.getOrDefault(periods.get(i), 0L);
    }
    // Totals first, so that a series is built only for the features that reach the minimum:
    // by day, most terms would otherwise get an array of hundreds of periods for nothing.
    // Terms are keyed by their text alone, whose hash a String keeps.
    List<TermRow> termRows = tables.terms().rows();
    Map<String, long[]> termTotals = new HashMap<>();
    for (TermRow r : termRows) {
      termTotals.computeIfAbsent(r.term(), t -> new long[1])[0] += r.docFreq();
    }
    Map<String, long[]> termHits = new HashMap<>();
    for (TermRow r : termRows) {
      if (termTotals.get(r.term())[0] >= minCount) {
        termHits.computeIfAbsent(r.term(), t -> new long[d.length])[index.get(r.period())] += r.docFreq();
      }
    }
    Map<Feature, long[]> entityHits = new HashMap<>();
    for (EntityRow r : tables.entities().rows()) {
      entityHits.computeIfAbsent(new Feature(FeatureKind.ENTITY, r.entity(), r.type()), f -> new long[d.length])
          [index.get(r.period())] += r.docFreq();
    }
    List<BurstRow> out = new ArrayList<>();
    termHits.forEach((term, r) -> add(new Feature(FeatureKind.TERM, term, null), d, r, periods, minCount, out));
    entityHits.forEach((f, r) -> add(f, d, r, periods, minCount, out));
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static void add(Feature f, long[] d, long[] r, List<LocalDate> periods, long minCount, List<BurstRow> out) {
    long total = 0;
    for (long x : r) {
      total += x;
    }
    if (total < minCount) {
      return;
    }
    for (Bursts.Burst b : Bursts.detect(d, r)) {
      out.add(new BurstRow(f.kind(), f.name(), f.type(), periods.get(b.start()), periods.get(b.end()),
          b.periods(), b.weight()));
    }
  }
}
