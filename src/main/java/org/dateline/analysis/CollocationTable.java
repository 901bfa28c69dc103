package org.dateline.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.aggregate.LongPairCounts;
import org.dateline.aggregate.NgramCounts;

/**
 * The rows of {@code collocations.csv}: quanteda's {@code textstat_collocations(method =
 * "lambda", smoothing = 0.5)} for every sequence of the asked sizes with at least the minimum
 * count, sorted by z descending, then collocation.
 *
 * <p>The match-pattern cells of {@link Collocation} come from marginal counts by inclusion and
 * exclusion: with m(S) the sequences that match the collocation at least at the positions S,
 * the sequences that match at exactly S number {@code Σ_{T ⊇ S} (−1)^{|T|−|S|} m(T)}. For pairs
 * that is n11 = count, n12 = (first word matches) − n11, n21 = (second matches) − n11, n22 = N −
 * n11 − n12 − n21.
 */
public final class CollocationTable {
  private static final Comparator<CollocationRow> ORDER =
      Comparator.comparingDouble((CollocationRow r) -> r.score().z()).reversed()
          .thenComparing(CollocationRow::collocation);

  private CollocationTable() {}

  public static List<CollocationRow> rows(NgramCounts ngrams, Set<Integer> sizes, long minCount) {
    Objects.requireNonNull(ngrams, "ngrams");
    Objects.requireNonNull(sizes, "sizes");
    List<CollocationRow> out = new ArrayList<>();
    for (int size : new TreeSet<>(sizes)) {
      if (size == 2) {
        pairs(ngrams, minCount, out);
      } else if (size == 3) {
        triples(ngrams, minCount, out);
      } else {
        throw new IllegalArgumentException("collocations of " + size + " words are not computed; use 2 or 3");
      }
    }
    out.sort(ORDER);
    return List.copyOf(out);
  }

  private static void pairs(NgramCounts ngrams, long minCount, List<CollocationRow> out) {
    Marginals m = new Marginals(2);
    ngrams.forEach(2, m::add);
    ngrams.forEach(2, (w, count) -> {
      if (count < minCount) {
        return;
      }
      long[] atLeast = new long[4];
      atLeast[0] = m.total;
      atLeast[1] = m.position[0].get(w[0], 0);
      atLeast[2] = m.position[1].get(w[1], 0);
      atLeast[3] = count;
      out.add(row(ngrams, w, count, exact(atLeast)));
    });
  }

  private static void triples(NgramCounts ngrams, long minCount, List<CollocationRow> out) {
    Marginals m = new Marginals(3);
    ngrams.forEach(3, m::add);
    ngrams.forEach(3, (w, count) -> {
      if (count < minCount) {
        return;
      }
      long[] atLeast = new long[8];
      atLeast[0] = m.total;
      atLeast[1] = m.position[0].get(w[0], 0);
      atLeast[2] = m.position[1].get(w[1], 0);
      atLeast[4] = m.position[2].get(w[2], 0);
      atLeast[3] = m.pair01.get(w[0], w[1]);
      atLeast[5] = m.pair02.get(w[0], w[2]);
      atLeast[6] = m.pair12.get(w[1], w[2]);
      atLeast[7] = count;
      out.add(row(ngrams, w, count, exact(atLeast)));
    });
  }

  private static CollocationRow row(NgramCounts ngrams, int[] w, long count, long[] cells) {
    StringBuilder text = new StringBuilder(ngrams.word(w[0]));
    for (int i = 1; i < w.length; i++) {
      text.append(' ').append(ngrams.word(w[i]));
    }
    return new CollocationRow(text.toString(), count, w.length, Collocation.of(cells));
  }

  /** Exact match-pattern counts from at-least counts (Möbius inversion over the subsets). */
  static long[] exact(long[] atLeast) {
    int n = atLeast.length;
    long[] exact = new long[n];
    for (int s = 0; s < n; s++) {
      long sum = 0;
      for (int t = s; t < n; t = (t + 1) | s) {
        int extra = Integer.bitCount(t) - Integer.bitCount(s);
        sum += (extra % 2 == 0 ? 1 : -1) * atLeast[t];
      }
      exact[s] = sum;
    }
    return exact;
  }

  /** Per-position word counts and, for triples, per-position-pair counts. */
  private static final class Marginals {
    final LongPairCounts[] position;
    final LongPairCounts pair01 = new LongPairCounts();
    final LongPairCounts pair02 = new LongPairCounts();
    final LongPairCounts pair12 = new LongPairCounts();
    final int size;
    long total;

    Marginals(int size) {
      this.size = size;
      position = new LongPairCounts[size];
      for (int i = 0; i < size; i++) {
        position[i] = new LongPairCounts();
      }
    }

    void add(int[] w, long count) {
      total += count;
      for (int i = 0; i < size; i++) {
        position[i].add(w[i], 0, count);
      }
      if (size == 3) {
        pair01.add(w[0], w[1], count);
        pair02.add(w[0], w[2], count);
        pair12.add(w[1], w[2], count);
      }
    }
  }
}
