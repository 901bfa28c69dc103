package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;

/**
 * One row of the per-document table. Unknown optional text is an empty string; an unknown date
 * or mean is null.
 *
 * @param docId the article id
 * @param date the article's date, or null when none was found
 * @param dateSource how the date was found
 * @param source the outlet, or empty
 * @param kind article or teaser
 * @param title the headline, or empty
 * @param author the byline, or empty
 * @param language the ISO 639-1 code, or empty
 * @param tokens all tokens, punctuation and stopwords included
 * @param sentences sentences
 * @param entityMentions entity mentions
 * @param sentimentMean mean score (class - 2) of the sentences that have a sentiment, exact;
 *     null when none has. Kept as it was for tables read by older scripts; {@code engineMeans}
 *     holds each engine's mean on its own scale
 * @param engineMeans each engine's exact mean sentence score; an engine that scored no sentence
 *     of the document is absent (unmodifiable)
 * @param origin where the record came from ({@link org.dateline.model.Origin#toString()})
 */
public record DocumentRow(
    String docId,
    LocalDate date,
    DateSource dateSource,
    String source,
    ArticleKind kind,
    String title,
    String author,
    String language,
    long tokens,
    long sentences,
    long entityMentions,
    Ratio sentimentMean,
    Map<SentimentEngineId, Ratio> engineMeans,
    String origin) implements java.io.Serializable {

  public DocumentRow {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(engineMeans, "engineMeans");
    EnumMap<SentimentEngineId, Ratio> copy = new EnumMap<>(SentimentEngineId.class);
    copy.putAll(engineMeans);
    engineMeans = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(origin, "origin");
  }

  /** A row without engine means, as sources without per-engine scores give it. */
  public DocumentRow(String docId, LocalDate date, DateSource dateSource, String source, ArticleKind kind,
      String title, String author, String language, long tokens, long sentences, long entityMentions,
      Ratio sentimentMean, String origin) {
    this(docId, date, dateSource, source, kind, title, author, language, tokens, sentences, entityMentions,
        sentimentMean, Map.of(), origin);
  }

  /** The engine's mean sentence score, or null when it scored no sentence of the document. */
  public Ratio engineMean(SentimentEngineId engine) {
    return engineMeans.get(Objects.requireNonNull(engine, "engine"));
  }

  /** The row for one annotated article. Pure; thread-safe. */
  public static DocumentRow of(AnnotatedArticle annotated) {
    Objects.requireNonNull(annotated, "annotated");
    Article a = annotated.article();
    long sum = 0;
    long withSentiment = 0;
    SentimentEngineId[] engines = SentimentEngineId.values();
    long[] engineCounts = new long[engines.length];
    long[] engineSums = new long[engines.length];
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
    Map<SentimentEngineId, Ratio> means = new EnumMap<>(SentimentEngineId.class);
    for (SentimentEngineId e : engines) {
      if (engineCounts[e.ordinal()] > 0) {
        means.put(e, ScoreStats.mean(engineCounts[e.ordinal()], engineSums[e.ordinal()]));
      }
    }
    return new DocumentRow(
        a.id(),
        a.date(),
        a.dateSource(),
        orEmpty(a.source()),
        a.kind(),
        orEmpty(a.title()),
        orEmpty(a.author()),
        orEmpty(a.language()),
        annotated.tokenCount(),
        annotated.sentences().size(),
        annotated.mentions().size(),
        Ratio.orAbsent(sum, withSentiment),
        means,
        a.origin().toString());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
