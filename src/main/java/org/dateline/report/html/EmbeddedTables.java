package org.dateline.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What of each table goes into the page. Large tables are cut to what a chart or a short table
 * can show; every cut keeps whole rows, in the file's order, and says on the page what it kept,
 * so an embedded table is always a part of its CSV file, never a recomputation.
 */
public final class EmbeddedTables {

  /** Terms kept: the most frequent over the run. */
  public static final int TOP_TERMS = 500;
  /** Entities kept: the most mentioned over the run. */
  public static final int TOP_ENTITIES = 500;
  /** Keyness rows kept per period and kind, on each side (over- and under-represented). */
  public static final int KEYNESS_PER_SIDE = 25;
  /** Co-occurring pairs kept per period: the highest NPMI. */
  public static final int PAIRS_PER_PERIOD = 50;
  /** Bursts kept: the heaviest. */
  public static final int TOP_BURSTS = 500;
  /** Collocations kept: the first of the file. */
  public static final int TOP_COLLOCATIONS = 200;

  private EmbeddedTables() {}

  /** One embedded table and a sentence saying what was kept. */
  public record Embedded(CsvTable table, int rowsInFile, String kept) {
    public Embedded {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(kept, "kept");
    }
  }

  static Embedded all(CsvTable t) {
    return new Embedded(t, t.rows().size(), "all rows");
  }

  /** Rows of the {@code limit} keys with the largest summed {@code count} column. */
  static Embedded topKeys(CsvTable t, String key, String count, int limit, String what) {
    Set<String> keep = topKeySet(t, key, count, limit);
    int k = t.column(key);
    List<List<String>> rows = t.rows().stream().filter(r -> keep.contains(r.get(k))).toList();
    long distinct = t.rows().stream().map(r -> r.get(k)).distinct().count();
    String kept = distinct <= limit ? "all " + distinct + " " + what
        : "the " + limit + " " + what + " with the highest " + count + " over the run, of " + distinct;
    return new Embedded(t.withRows(rows), t.rows().size(), kept);
  }

  static Set<String> topKeySet(CsvTable t, String key, String count, int limit) {
    int k = t.column(key);
    int c = t.column(count);
    // A hash map: the sort below orders the keys fully, so the map's own order does not matter,
    // and each key's sum is still added up in the file's row order.
    Map<String, double[]> sums = new HashMap<>();
    for (List<String> r : t.rows()) {
      sums.computeIfAbsent(r.get(k), x -> new double[1])[0] += number(r.get(c));
    }
    List<String> keys = new ArrayList<>(sums.keySet());
    // Ties fall to the alphabetical order, so the choice does not depend on the file's row order.
    keys.sort(Comparator.comparingDouble((String s) -> sums.get(s)[0]).reversed().thenComparing(Function.identity()));
    return new HashSet<>(keys.subList(0, Math.min(limit, keys.size())));
  }

  /** Per group, the {@code perSide} rows with the largest and the smallest {@code score} (by sign). */
  static Embedded extremesPerGroup(CsvTable t, List<String> group, String score, int perSide, boolean bothSides,
      String kept) {
    int s = t.column(score);
    List<Integer> g = group.stream().map(t::column).toList();
    Map<List<String>, List<Integer>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < t.rows().size(); i++) {
      List<String> row = t.rows().get(i);
      byGroup.computeIfAbsent(g.stream().map(row::get).toList(), x -> new ArrayList<>()).add(i);
    }
    Set<Integer> keep = new HashSet<>();
    for (List<Integer> members : byGroup.values()) {
      List<Integer> sorted = new ArrayList<>(members);
      sorted.sort(Comparator.comparingDouble((Integer i) -> number(t.rows().get(i).get(s))).reversed()
          .thenComparing(Comparator.naturalOrder()));
      sorted.stream().filter(i -> !bothSides || number(t.rows().get(i).get(s)) > 0).limit(perSide).forEach(keep::add);
      if (bothSides) {
        List<Integer> ascending = new ArrayList<>(sorted);
        java.util.Collections.reverse(ascending);
        List<Integer> low = ascending.stream().filter(i -> number(t.rows().get(i).get(s)) < 0)
            .limit(perSide).toList();
        keep.addAll(low);
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < t.rows().size(); i++) {
      if (keep.contains(i)) {
        rows.add(t.rows().get(i));
      }
    }
    return new Embedded(t.withRows(rows), t.rows().size(), rows.size() == t.rows().size() ? "all rows" : kept);
  }

  /** The first {@code limit} rows with the largest {@code score}, in file order. */
  static Embedded top(CsvTable t, String score, int limit, String kept) {
    return extremesPerGroup(t, List.of(), score, limit, false, kept);
  }

  /** The first {@code limit} rows of the file. */
  static Embedded head(CsvTable t, int limit, String kept) {
    List<List<String>> rows = t.rows().subList(0, Math.min(limit, t.rows().size()));
    return new Embedded(t.withRows(rows), t.rows().size(), rows.size() == t.rows().size() ? "all rows" : kept);
  }

  /** A cell as a number; empty and unreadable cells count as 0 for ranking. */
  static double number(String cell) {
    if (cell == null || cell.isEmpty()) {
      return 0;
    }
    try {
      double d = Double.parseDouble(cell);
      return Double.isNaN(d) ? 0 : d;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
