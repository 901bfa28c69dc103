package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.ArticleKind;
import org.dateline.model.ClassProbabilities;
import org.dateline.model.DateSource;
import org.dateline.model.EntityType;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.Sentiment;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;
import org.junit.jupiter.api.Test;

class DocumentRowTest {
  @Test
  void rowOfAFullArticle() {
    var a = TestArticles.builder(LocalDate.of(2024, 3, 14))
        .article(b -> b.id("kcna-1").date(LocalDate.of(2024, 3, 14), DateSource.TEXT).source("KCNA")
            .kind(ArticleKind.TEASER).title("Talks, \"open\"").author("Staff").language("en")
            .origin(Origin.record("kcna.json", 3)))
        .sentiments(4, 3, 2)
        .sentence("Kim Jong Un spoke .")
        .mention("Kim Jong Un", EntityType.PERSON)
        .build();
    assertEquals(new DocumentRow("kcna-1", LocalDate.of(2024, 3, 14), DateSource.TEXT, "KCNA", ArticleKind.TEASER,
        "Talks, \"open\"", "Staff", "en", 8, 4, 1, new Ratio(3, 3),
        Map.of(SentimentEngineId.CORENLP, new Ratio(1, 1)), "kcna.json#3"), DocumentRow.of(a));
  }

  @Test
  void eachEngineGetsItsOwnMeanOnItsOwnScale() {
    // CoreNLP: expected values 1.5 and -0.25 (the class mean stays 1 and 0 -> 0.5); VADER: 0.6, -0.2, 0.05
    Sentence first = new Sentence(TestArticles.tokens("good"), Sentiment.POSITIVE,
        new ClassProbabilities(0, 0, 0, 0.5, 0.5), List.of(
            new SentenceScore(SentimentEngineId.CORENLP, 1.5, Tone.POSITIVE),
            new SentenceScore(SentimentEngineId.VADER, 0.6, Tone.POSITIVE)));
    Sentence second = new Sentence(TestArticles.tokens("bad"), Sentiment.NEUTRAL,
        new ClassProbabilities(0, 0.25, 0.75, 0, 0), List.of(
            new SentenceScore(SentimentEngineId.CORENLP, -0.25, Tone.NEUTRAL),
            new SentenceScore(SentimentEngineId.VADER, -0.2, Tone.NEGATIVE)));
    Sentence third = new Sentence(TestArticles.tokens("long"), null, null,
        List.of(new SentenceScore(SentimentEngineId.VADER, 0.05, Tone.POSITIVE)));
    var a = new AnnotatedArticle(TestArticles.annotated(LocalDate.of(2024, 3, 14), "x").article(),
        List.of(first, second, third), List.of());
    DocumentRow row = DocumentRow.of(a);
    assertEquals(new Ratio(1, 2), row.sentimentMean());
    assertEquals(new Ratio(5, 8), row.engineMean(SentimentEngineId.CORENLP));
    assertEquals(new Ratio(3, 20), row.engineMean(SentimentEngineId.VADER));
  }

  @Test
  void rowOfAnUndatedArticleWithoutSentiment() {
    var a = TestArticles.annotated(null, "a b c");
    assertEquals(new DocumentRow("doc", null, DateSource.NONE, "", ArticleKind.ARTICLE, "", "", "", 3, 1, 0, null,
        "in.txt:1"),
        DocumentRow.of(a));
  }
}
