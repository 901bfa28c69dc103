package org.dateline.report.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

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

  /**
   * Rows a table by period may embed at most, whatever the number of periods: a run of years by
   * day keeps fewer series (terms, entities) rather than a page of tens of megabytes.
   */
  public static final int SERIES_ROWS = 40_000;
  /** Series kept at least, however many periods. */
  public static final int MIN_SERIES = 10;
  /** Keyness rows embedded at most: fewer per period and kind when periods are many. */
  public static final int KEYNESS_ROWS = 15_000;

  private EmbeddedTables() {}

  /**
   * As {@link #topKeys}, with at most {@code top} keys and fewer when the table has so many
   * periods that {@code top} series would pass {@link #SERIES_ROWS} rows.
   */
  static Embedded topSeries(CsvTable t, String key, String count, int top, String what) {
    int limit = seriesLimit(t, top);
    Embedded e = topKeys(t, key, count, limit, what);
    if (limit == top) {
      return e;
    }
    return new Embedded(e.table(), e.rowsInFile(), e.kept() + " (not " + top + ": the run has "
        + periods(t) + " periods, and the page stays small)");
  }

  /** The series a table by period may embed: {@code top}, or fewer for a long run (at least {@link #MIN_SERIES}). */
  static int seriesLimit(CsvTable t, int top) {
    int periods = periods(t);
    return Math.min(top, Math.max(MIN_SERIES, SERIES_ROWS / Math.max(1, periods)));
  }

  /** Rows per side and group so that all groups together stay within {@code budget} rows; at least 1. */
  static int perSideWithin(CsvTable t, List<String> group, int perSide, int budget) {
    List<Integer> g = group.stream().map(t::column).toList();
    Set<List<String>> groups = new HashSet<>();
    for (List<String> row : t.rows()) {
      groups.add(g.stream().map(row::get).toList());
    }
    return Math.min(perSide, Math.max(1, budget / Math.max(1, 2 * groups.size())));
  }

  /** Distinct values of the {@code period} column; 0 without one. */
  static int periods(CsvTable t) {
    if (!t.has("period")) {
      return 0;
    }
    int p = t.column("period");
    Set<String> periods = new HashSet<>();
    for (List<String> r : t.rows()) {
      periods.add(r.get(p));
    }
    return periods.size();
  }

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
    Map<String, double[]> sums = sums(t, key, count);
    Set<String> keep = top(sums, limit);
    int k = t.column(key);
    List<List<String>> rows = t.rows().stream().filter(r -> keep.contains(r.get(k))).toList();
    long distinct = sums.size();
    String kept = distinct <= limit ? "all " + distinct + " " + what
        : "the " + limit + " " + what + " with the highest " + count + " over the run, of " + distinct;
    return new Embedded(t.withRows(rows), t.rows().size(), kept);
  }

  static Set<String> topKeySet(CsvTable t, String key, String count, int limit) {
    return top(sums(t, key, count), limit);
  }

  /** Each key's sum of {@code count}, added up in the file's row order. */
  private static Map<String, double[]> sums(CsvTable t, String key, String count) {
    int k = t.column(key);
    int c = t.column(count);
    // A hash map: the choice below orders the keys fully, so the map's own order does not matter.
    Map<String, double[]> sums = new HashMap<>();
    for (List<String> r : t.rows()) {
      sums.computeIfAbsent(r.get(k), x -> new double[1])[0] += number(r.get(c));
    }
    return sums;
  }

  /**
   * The {@code limit} keys with the highest sums; ties fall to the alphabetical order, so the
   * choice does not depend on the file's row order. A heap of {@code limit} keys, not a sort of
   * all: the terms table has tens of thousands.
   */
  private static Set<String> top(Map<String, double[]> sums, int limit) {
    Comparator<Map.Entry<String, double[]>> better = (a, b) -> {
      int bySum = Double.compare(b.getValue()[0], a.getValue()[0]);
      return bySum != 0 ? bySum : a.getKey().compareTo(b.getKey());
    };
    // The worst kept key on top, to be pushed out by a better one.
    PriorityQueue<Map.Entry<String, double[]>> kept = new PriorityQueue<>(Math.max(1, limit), better.reversed());
    for (Map.Entry<String, double[]> e : sums.entrySet()) {
      if (kept.size() < limit) {
        kept.add(e);
      } else if (limit > 0 && better.compare(e, kept.peek()) < 0) {
        kept.poll();
        kept.add(e);
      }
    }
    Set<String> out = new HashSet<>();
    for (Map.Entry<String, double[]> e : kept) {
      out.add(e.getKey());
    }
    return out;
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
    // Counts, most cells here, without the general parser; a double holds them exactly.
    int n = cell.length();
    if (n <= 15) {
      long v = 0;
      int i = cell.charAt(0) == '-' && n > 1 ? 1 : 0;
      int k = i;
      while (k < n && cell.charAt(k) >= '0' && cell.charAt(k) <= '9') {
        v = v * 10 + (cell.charAt(k) - '0');
        k++;
      }
      if (k == n && (i == 0 || v != 0)) {
        return i == 1 ? -v : v;
      }
    }
    try {
      double d = Double.parseDouble(cell);
      return Double.isNaN(d) ? 0 : d;
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
