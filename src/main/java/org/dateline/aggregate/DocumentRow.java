package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.Sentence;

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
 *     null when none has
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
    String origin) {

  public DocumentRow {
    Objects.requireNonNull(docId, "docId");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(origin, "origin");
  }

  /** The row for one annotated article. Pure; thread-safe. */
  public static DocumentRow of(AnnotatedArticle annotated) {
    Objects.requireNonNull(annotated, "annotated");
    Article a = annotated.article();
    long sum = 0;
    long withSentiment = 0;
    for (Sentence s : annotated.sentences()) {
      if (s.sentiment() != null) {
        sum += s.sentiment().score();
        withSentiment++;
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
        a.origin().toString());
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
