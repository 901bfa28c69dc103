package org.dateline.aggregate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;

/**
 * One row of the per-document table, as text and counts ready for a report. Unknown optional
 * values are empty strings, never null.
 *
 * @param docId the article id
 * @param date the ISO date, or empty
 * @param dateSource how the date was found ({@link org.dateline.model.DateSource#label()})
 * @param source the outlet, or empty
 * @param kind {@code article} or {@code teaser}
 * @param title the headline, or empty
 * @param author the byline, or empty
 * @param language the ISO 639-1 code, or empty
 * @param tokens all tokens, punctuation and stopwords included
 * @param sentences sentences
 * @param entityMentions entity mentions
 * @param sentimentMean mean score (class - 2) of the sentences that have a sentiment, formatted
 *     like {@link SentimentRow#mean()}; empty when none has. Kept as it was for tables read by
 *     older scripts; {@code engineMeans} holds each engine's mean on its own scale
 * @param engineMeans one mean sentence score per {@link SentimentEngineId}, in the enum's order,
 *     formatted like {@code sentimentMean}; empty for an engine that scored no sentence
 * @param origin where the record came from ({@link org.dateline.model.Origin#toString()})
 */
public record DocumentRow(
    String docId,
    String date,
    String dateSource,
    String source,
    String kind,
    String title,
    String author,
    String language,
    long tokens,
    long sentences,
    long entityMentions,
    String sentimentMean,
    List<String> engineMeans,
    String origin) {

  private static final SentimentEngineId[] ENGINES = SentimentEngineId.values();

  public DocumentRow {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sentimentMean, "sentimentMean");
    engineMeans = List.copyOf(Objects.requireNonNull(engineMeans, "engineMeans"));
    if (engineMeans.size() != ENGINES.length) {
      throw new IllegalArgumentException("engineMeans needs one mean per engine " + List.of(ENGINES)
          + ", got " + engineMeans);
    }
    Objects.requireNonNull(origin, "origin");
  }

  /** A row without engine means, as sources without per-engine scores give it. */
  public DocumentRow(String docId, String date, String dateSource, String source, String kind, String title,
      String author, String language, long tokens, long sentences, long entityMentions, String sentimentMean,
      String origin) {
    this(docId, date, dateSource, source, kind, title, author, language, tokens, sentences, entityMentions,
        sentimentMean, Collections.nCopies(ENGINES.length, ""), origin);
  }

  /** The engine's mean sentence score, empty when it scored no sentence of the document. */
  public String engineMean(SentimentEngineId engine) {
    return engineMeans.get(Objects.requireNonNull(engine, "engine").ordinal());
  }

  /** The row for one annotated article. Pure; thread-safe. */
  public static DocumentRow of(AnnotatedArticle annotated) {
    Objects.requireNonNull(annotated, "annotated");
    Article a = annotated.article();
    long sum = 0;
    long withSentiment = 0;
    long[] engineCounts = new long[ENGINES.length];
    long[] engineSums = new long[ENGINES.length];
    for (Sentence s : annotated.sentences()) {
      if (s.sentiment() != null) {
        sum += s.sentiment().score();
        withSentiment++;
      }
      for (SentenceScore score : s.scores()) {
        engineCounts[score.engine().ordinal()]++;
        engineSums[score.engine().ordinal()] += ScoreStats.units(score.score());
      }
    }
    List<String> means = new ArrayList<>(ENGINES.length);
    for (int e = 0; e < ENGINES.length; e++) {
      means.add(ScoreStats.of(engineCounts[e], engineSums[e], 0).mean());
    }
    return new DocumentRow(
        a.id(),
        a.date() == null ? "" : a.date().toString(),
        a.dateSource().label(),
        orEmpty(a.source()),
        a.kind().label(),
        orEmpty(a.title()),
        orEmpty(a.author()),
        orEmpty(a.language()),
        annotated.tokenCount(),
        annotated.sentences().size(),
        annotated.mentions().size(),
        Decimals.ratio(sum, withSentiment),
        means,
        a.origin().toString());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
