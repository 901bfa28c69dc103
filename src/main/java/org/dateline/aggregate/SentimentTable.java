package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;

/**
 * Sentence sentiment by period and engine: documents, sentences each engine scored, the sum and
 * sum of squares of their scores, and the count per tone (and, for CoreNLP, per class).
 *
 * <p>Scores are summed as whole multiples of 10^-8 ({@link ScoreStats}), so sums are exact integers and the mean,
 * standard deviation and confidence interval, computed only when rows are asked for, do not
 * depend on the order in which partial tables were merged.
 *
 * <p>Every dated article counts as a document of its period. A period gets a row for every
 * engine that scored a sentence anywhere in the table, so a period without sentiment still shows
 * its documents (0 sentences, empty mean). Undated articles are ignored.
 *
 * <p>A mergeable accumulator with the same contract as {@link TermTable}. Not thread-safe: give
 * each worker thread its own table and merge when the workers are done.
 */
public final class SentimentTable implements java.io.Serializable {
  private static final int SENTENCES = 0;
  private static final int SUM = 1;
  private static final int SQUARES = 2;
  private static final int TONES = 3;
  private static final int CLASSES = TONES + 3;
  private static final int WIDTH = CLASSES + Sentiment.values().length;

  private final Period period;
  private final Map<LocalDate, Counts> periods = new TreeMap<>();

  /** One period's documents and per-engine counts. */
  private static final class Counts implements java.io.Serializable {
    long documents;
    final Map<SentimentEngineId, long[]> engines = new EnumMap<>(SentimentEngineId.class);

    long[] engine(SentimentEngineId id) {
      return engines.computeIfAbsent(id, e -> new long[WIDTH]);
    }
  }

  private SentimentTable(Period period) {
    this.period = period;
  }

  public static SentimentTable empty(Period period) {
    return new SentimentTable(Objects.requireNonNull(period, "period"));
  }

  public Period period() {
    return period;
  }

  /** Counts the article into its period; ignores an undated article. Returns this. */
  public SentimentTable add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    LocalDate date = article.article().date();
    if (date == null) {
      return this;
    }
    Counts c = periods.computeIfAbsent(period.start(date), d -> new Counts());
    c.documents++;
    for (Sentence s : article.sentences()) {
      for (SentenceScore score : s.scores()) {
        long[] e = c.engine(score.engine());
        double x = score.score();
        e[SENTENCES]++;
        e[SUM] += ScoreStats.units(x);
        e[SQUARES] += ScoreStats.squareUnits(x);
        e[TONES + score.tone().ordinal()]++;
        if (score.engine() == SentimentEngineId.CORENLP && s.sentiment() != null) {
          e[CLASSES + s.sentiment().classIndex()]++;
        }
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
  public SentimentTable merge(SentimentTable other) {
    Objects.requireNonNull(other, "other");
    TermTable.requireSameSettings(period, other.period);
    // a snapshot first, so that merging a table into itself doubles it instead of looping
    Map<LocalDate, Counts> source = new TreeMap<>();
    other.periods.forEach((d, from) -> {
      Counts copy = new Counts();
      copy.documents = from.documents;
      from.engines.forEach((engine, counts) -> copy.engines.put(engine, counts.clone()));
      source.put(d, copy);
    });
    source.forEach((d, from) -> {
      Counts to = periods.computeIfAbsent(d, x -> new Counts());
      to.documents += from.documents;
      from.engines.forEach((engine, counts) -> {
        long[] into = to.engine(engine);
        for (int i = 0; i < WIDTH; i++) {
          into[i] += counts[i];
        }
      });
    });
    return this;
  }

  /**
   * One row per period that has documents and engine that scored a sentence in the table, by
   * period ascending, then engine ({@code corenlp}, {@code vader}). A snapshot; unmodifiable.
   */
  public List<SentimentRow> rows() {
    EnumSet<SentimentEngineId> engines = EnumSet.noneOf(SentimentEngineId.class);
    periods.values().forEach(c -> engines.addAll(c.engines.keySet()));
    List<SentimentRow> rows = new ArrayList<>(periods.size() * engines.size());
    periods.forEach((d, c) -> {
      for (SentimentEngineId engine : engines) {
        rows.add(row(d, c.documents, engine, c.engines.getOrDefault(engine, new long[WIDTH])));
      }
    });
    return List.copyOf(rows);
  }

  private static SentimentRow row(LocalDate period, long documents, SentimentEngineId engine, long[] e) {
    long n = e[SENTENCES];
    ScoreStats stats = ScoreStats.of(engine, n, e[SUM], e[SQUARES]);
    SentimentRow.ClassCounts classes = engine == SentimentEngineId.CORENLP
        ? new SentimentRow.ClassCounts(e[CLASSES], e[CLASSES + 1], e[CLASSES + 2], e[CLASSES + 3], e[CLASSES + 4])
        : null;
    return new SentimentRow(period, engine, documents, n, stats.mean(), stats.sd(), stats.ciLow(), stats.ciHigh(),
        e[TONES], e[TONES + 1], e[TONES + 2], classes);
  }
}
