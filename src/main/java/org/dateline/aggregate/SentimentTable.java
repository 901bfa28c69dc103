package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.Sentiment;

/**
 * Sentence sentiment by period: documents, sentences with a sentiment class, the exact sum of
 * scores and the count per class. The mean is computed from the integer sum only when rows are
 * asked for, so it does not depend on the order in which partial tables were merged.
 *
 * <p>Every dated article counts as a document of its period, with or without sentiment, so a
 * period whose articles were not annotated for sentiment still has a row (0 sentences, empty
 * mean). Undated articles are ignored.
 *
 * <p>A mergeable accumulator with the same contract as {@link TermTable}. Not thread-safe: give
 * each worker thread its own table and merge when the workers are done.
 */
public final class SentimentTable {
  private static final int DOCUMENTS = 0;
  private static final int SENTENCES = 1;
  private static final int SUM = 2;
  private static final int CLASSES = 3;
  private static final int WIDTH = CLASSES + Sentiment.values().length;

  private final Period period;
  private final Map<LocalDate, long[]> periods = new TreeMap<>();

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
    long[] c = periods.computeIfAbsent(period.start(date), d -> new long[WIDTH]);
    c[DOCUMENTS]++;
    for (Sentence s : article.sentences()) {
      Sentiment sentiment = s.sentiment();
      if (sentiment != null) {
        c[SENTENCES]++;
        c[SUM] += sentiment.score();
        c[CLASSES + sentiment.classIndex()]++;
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
    List<Map.Entry<LocalDate, long[]>> entries = new ArrayList<>();
    other.periods.forEach((d, c) -> entries.add(Map.entry(d, c.clone())));
    for (Map.Entry<LocalDate, long[]> e : entries) {
      long[] to = periods.computeIfAbsent(e.getKey(), d -> new long[WIDTH]);
      for (int i = 0; i < WIDTH; i++) {
        to[i] += e.getValue()[i];
      }
    }
    return this;
  }

  /** One row per period that has documents, by period ascending. A snapshot; unmodifiable. */
  public List<SentimentRow> rows() {
    List<SentimentRow> rows = new ArrayList<>(periods.size());
    periods.forEach((d, c) -> rows.add(new SentimentRow(
        d,
        c[DOCUMENTS],
        c[SENTENCES],
        Decimals.ratio(c[SUM], c[SENTENCES]),
        c[CLASSES],
        c[CLASSES + 1],
        c[CLASSES + 2],
        c[CLASSES + 3],
        c[CLASSES + 4])));
    return List.copyOf(rows);
  }
}
