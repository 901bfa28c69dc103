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
    // One series array at a time, reused: by day over years a term's series has thousands of
    // periods, and the terms that reach the minimum number in the tens of thousands. Each
    // feature keeps only the positions of its rows; the sort below fixes the order.
    List<TermRow> termRows = tables.terms().rows();
    Map<String, RowList> terms = new HashMap<>();
    for (int i = 0; i < termRows.size(); i++) {
      terms.computeIfAbsent(termRows.get(i).term(), t -> new RowList()).add(i);
    }
    List<EntityRow> entityRows = tables.entities().rows();
    Map<Feature, RowList> entities = new HashMap<>();
    for (int i = 0; i < entityRows.size(); i++) {
      EntityRow r = entityRows.get(i);
      entities.computeIfAbsent(new Feature(FeatureKind.ENTITY, r.entity(), r.type()), f -> new RowList()).add(i);
    }
    long[] series = new long[d.length];
    List<BurstRow> out = new ArrayList<>();
    terms.forEach((term, rows) -> {
      for (int k = 0; k < rows.size; k++) {
        TermRow r = termRows.get(rows.at[k]);
        series[index.get(r.period())] += r.docFreq();
      }
      add(new Feature(FeatureKind.TERM, term, null), d, series, periods, minCount, out);
      for (int k = 0; k < rows.size; k++) {
        series[index.get(termRows.get(rows.at[k]).period())] = 0;
      }
    });
    entities.forEach((f, rows) -> {
      for (int k = 0; k < rows.size; k++) {
        EntityRow r = entityRows.get(rows.at[k]);
        series[index.get(r.period())] += r.docFreq();
      }
      add(f, d, series, periods, minCount, out);
      for (int k = 0; k < rows.size; k++) {
        series[index.get(entityRows.get(rows.at[k]).period())] = 0;
      }
    });
    out.sort(ORDER);
    return List.copyOf(out);
  }

  /** Positions of one feature's rows, growing. */
  private static final class RowList {
    int[] at = new int[4];
    int size;

    void add(int i) {
      if (size == at.length) {
        at = java.util.Arrays.copyOf(at, size * 2);
      }
      at[size++] = i;
    }
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
