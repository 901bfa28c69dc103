package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Sentence;

/**
 * Term counts by period: for each (period, term) the occurrences and the document frequency,
 * and for each period the number of counted tokens (see {@link TermPolicy}).
 *
 * <p>A mergeable accumulator: start from {@link #empty}, {@link #add} articles, and
 * {@link #merge} partial tables built elsewhere. {@code merge} is associative and commutative
 * and {@code empty} is its identity, so {@link #rows()} is the same, value for value, however the
 * articles were split among partial tables. Articles without a date are ignored (the caller
 * counts them; see {@link CorpusTables#undated()}).
 *
 * <p>Not thread-safe: give each worker thread its own table and merge when the workers are done.
 */
public final class TermTable implements java.io.Serializable {
  private static final Comparator<TermRow> ORDER =
      Comparator.comparing(TermRow::period)
          .thenComparing(Comparator.comparingLong(TermRow::count).reversed())
          .thenComparing(TermRow::term);

  private final AggregateSettings settings;
  private final TermPolicy policy;
  private final Map<LocalDate, PeriodTerms> periods = new HashMap<>();
  /**
   * The rows as last computed, until the next change: a run's reports read them three times
   * (the table, keyness and bursts), and building and sorting them costs more than writing them.
   */
  private transient List<TermRow> rows;

  /** Per period; long[] {count, docFreq} so that adding does not allocate per occurrence. */
  private static final class PeriodTerms implements java.io.Serializable {
    long countedTokens;
    final Map<String, long[]> terms = new HashMap<>();
  }

  private TermTable(AggregateSettings settings) {
    this.settings = settings;
    this.policy = settings.termPolicy();
  }

  public static TermTable empty(AggregateSettings settings) {
    return new TermTable(Objects.requireNonNull(settings, "settings"));
  }

  public AggregateSettings settings() {
    return settings;
  }

  /** Counts the article's terms into its period; ignores an undated article. Returns this. */
  public TermTable add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    LocalDate date = article.article().date();
    if (date == null) {
      return this;
    }
    rows = null;
    Map<String, Long> local = new HashMap<>();
    Consumer<String> count = term -> local.merge(term, 1L, Long::sum);
    for (Sentence sentence : article.sentences()) {
      policy.forEachTerm(sentence.tokens(), count);
    }
    long counted = 0;
    for (long c : local.values()) {
      counted += c;
    }
    PeriodTerms p = periods.computeIfAbsent(settings.period().start(date), d -> new PeriodTerms());
    p.countedTokens += counted;
    for (Map.Entry<String, Long> e : local.entrySet()) {
      long[] c = p.terms.computeIfAbsent(e.getKey(), t -> new long[2]);
      c[0] += e.getValue();
      c[1] += 1;
    }
    return this;
  }

  /**
   * Adds the counts of {@code other} into this table and returns this; {@code other} is not
   * changed.
   *
   * @throws IllegalArgumentException when the tables were built with different settings
   */
  public TermTable merge(TermTable other) {
    Objects.requireNonNull(other, "other");
    requireSameSettings(settings, other.settings);
    rows = null;
    // A copy first, so that t.merge(t) doubles rather than iterating a map while changing it.
    List<Map.Entry<LocalDate, PeriodTerms>> entries = new ArrayList<>(other.periods.entrySet());
    for (Map.Entry<LocalDate, PeriodTerms> e : entries) {
      PeriodTerms from = e.getValue();
      long fromCounted = from.countedTokens;
      List<Map.Entry<String, long[]>> terms = new ArrayList<>();
      for (Map.Entry<String, long[]> t : from.terms.entrySet()) {
        terms.add(Map.entry(t.getKey(), t.getValue().clone()));
      }
      PeriodTerms to = periods.computeIfAbsent(e.getKey(), d -> new PeriodTerms());
      to.countedTokens += fromCounted;
      for (Map.Entry<String, long[]> t : terms) {
        long[] c = to.terms.computeIfAbsent(t.getKey(), k -> new long[2]);
        c[0] += t.getValue()[0];
        c[1] += t.getValue()[1];
      }
    }
    return this;
  }

  /** Counted tokens per period start, in date order. A snapshot; unmodifiable. */
  public NavigableMap<LocalDate, Long> countedTokens() {
    TreeMap<LocalDate, Long> out = new TreeMap<>();
    periods.forEach((d, p) -> out.put(d, p.countedTokens));
    return Collections.unmodifiableNavigableMap(out);
  }

  /**
   * The rows, by period ascending, then count descending, then term ascending. A snapshot;
   * unmodifiable. Several threads may read them at once once accumulation is over.
   */
  public synchronized List<TermRow> rows() {
    if (rows == null) {
      List<TermRow> out = new ArrayList<>();
      periods.forEach((d, p) -> p.terms.forEach((term, c) ->
          out.add(new TermRow(d, term, c[0], c[1], new Ratio(Math.multiplyExact(c[0], 10_000L), p.countedTokens)))));
      out.sort(ORDER);
      rows = List.copyOf(out);
    }
    return rows;
  }

  static void requireSameSettings(Object mine, Object theirs) {
    if (!mine.equals(theirs)) {
      throw new IllegalArgumentException(
          "cannot merge tables built with different settings: " + mine + " and " + theirs
              + " (build every partial table from the same settings)");
    }
  }
}
