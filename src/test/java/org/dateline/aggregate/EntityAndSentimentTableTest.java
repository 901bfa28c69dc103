package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.EntityType;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.model.Tone;
import org.dateline.model.Period;
import org.junit.jupiter.api.Test;

class EntityAndSentimentTableTest {
  private static final LocalDate D1 = LocalDate.of(2026, 1, 28);
  private static final LocalDate D2 = LocalDate.of(2026, 1, 29);

  @Test
  void entitiesCountMentionsAndDocuments() {
    var a = TestArticles.builder(D1).sentence("Kim Jong Un met Kim Jong Un in DPRK")
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("DPRK", EntityType.COUNTRY)
        .build();
    var b = TestArticles.builder(D1).sentence("Kim Jong Un Washington Washington")
        .mention("Kim Jong Un", EntityType.PERSON)
        .mention("Washington", EntityType.PERSON)
        .mention("Washington", EntityType.CITY)
        .build();
    var undated = TestArticles.builder(null).sentence("DPRK").mention("DPRK", EntityType.COUNTRY).build();
    var c = TestArticles.builder(D2).sentence("DPRK").mention("DPRK", EntityType.COUNTRY).build();
    EntityTable t = EntityTable.empty(Period.DAY).add(c).add(a).add(undated).add(b);
    assertEquals(List.of(
        new EntityRow(D1, "Kim Jong Un", EntityType.PERSON, 3, 2),
        new EntityRow(D1, "DPRK", EntityType.COUNTRY, 1, 1),
        new EntityRow(D1, "Washington", EntityType.CITY, 1, 1),
        new EntityRow(D1, "Washington", EntityType.PERSON, 1, 1),
        new EntityRow(D2, "DPRK", EntityType.COUNTRY, 1, 1)), t.rows());
  }

  private static final SentimentRow.ClassCounts NO_CLASSES = new SentimentRow.ClassCounts(0, 0, 0, 0, 0);

  /** A row whose statistics are given to 4 decimals, "" for none. */
  private static SentimentRow row(LocalDate period, SentimentEngineId engine, long documents, long sentences,
      String mean, String sd, String ciLow, String ciHigh, long negative, long neutral, long positive,
      SentimentRow.ClassCounts classes) {
    return new SentimentRow(period, engine, documents, sentences, decimal(mean), decimal(sd), decimal(ciLow),
        decimal(ciHigh), negative, neutral, positive, classes);
  }

  private static BigDecimal decimal(String text) {
    return text.isEmpty() ? null : new BigDecimal(text);
  }

  /** The rows with their statistics rounded half-even to 4 decimals, trailing zeros dropped. */
  private static List<SentimentRow> rounded(List<SentimentRow> rows) {
    return rows.stream().map(r -> new SentimentRow(r.period(), r.engine(), r.documents(), r.sentences(),
        round(r.mean()), round(r.sd()), round(r.ciLow()), round(r.ciHigh()), r.negative(), r.neutral(),
        r.positive(), r.coreNlpClasses())).toList();
  }

  private static BigDecimal round(BigDecimal value) {
    return value == null ? null : value.setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  @Test
  void sentimentMeanSdIntervalToneAndClassCountsAndDocumentsWithoutSentiment() {
    var scored = TestArticles.builder(D1).sentiments(4, 3, 2, 0).build();
    var unscored = TestArticles.annotated(D1, "no sentiment here");
    var onlyUnscored = TestArticles.annotated(D2, "none either");
    SentimentTable t = SentimentTable.empty(Period.DAY)
        .add(onlyUnscored).add(scored).add(unscored).add(TestArticles.builder(null).sentiments(0).build());
    // scores 2, 1, 0, -2: mean 0.25, sample sd 1.7078, 0.25 -/+ 1.96 * 1.7078 / 2
    assertEquals(List.of(
        row(D1, SentimentEngineId.CORENLP, 2, 4, "0.25", "1.7078", "-1.4237", "1.9237", 1, 1, 2,
            new SentimentRow.ClassCounts(1, 0, 1, 1, 1)),
        row(D2, SentimentEngineId.CORENLP, 1, 0, "", "", "", "", 0, 0, 0, NO_CLASSES)), rounded(t.rows()));
  }

  @Test
  void negativeMeanRoundsHalfEven() {
    SentimentTable t = SentimentTable.empty(Period.DAY).add(TestArticles.builder(D1).sentiments(0, 1, 1).build());
    assertEquals(List.of(row(D1, SentimentEngineId.CORENLP, 1, 3, "-1.3333", "0.5774", "-1.9867", "-0.68",
        3, 0, 0, new SentimentRow.ClassCounts(1, 2, 0, 0, 0))), rounded(t.rows()));
  }

  private static AnnotatedArticle vader(LocalDate date, double... compounds) {
    List<Sentence> sentences = new ArrayList<>();
    for (double c : compounds) {
      sentences.add(new Sentence(List.of(new Token("w", "w", "NN", "O")), null, null,
          List.of(new SentenceScore(SentimentEngineId.VADER, c, Tone.of(c, 0.05)))));
    }
    return new AnnotatedArticle(TestArticles.builder(date).build().article(), sentences, List.of());
  }

  @Test
  void everyEngineGetsARowPerPeriodAndMergeOrderDoesNotMatter() {
    var a = vader(D1, 0.5, -0.25);
    var b = vader(D1, 0.0);
    var c = TestArticles.builder(D2).sentiments(3).build();
    List<SentimentRow> one = SentimentTable.empty(Period.DAY).add(a).add(b).add(c).rows();
    List<SentimentRow> merged = SentimentTable.empty(Period.DAY).add(c)
        .merge(SentimentTable.empty(Period.DAY).add(b).merge(SentimentTable.empty(Period.DAY).add(a))).rows();
    assertEquals(one, merged);
    // VADER 0.5, -0.25, 0: mean 0.0833, sd 0.3819; D1 has no CoreNLP score, D2 no VADER score
    assertEquals(List.of(
        row(D1, SentimentEngineId.CORENLP, 2, 0, "", "", "", "", 0, 0, 0, NO_CLASSES),
        row(D1, SentimentEngineId.VADER, 2, 3, "0.0833", "0.3819", "-0.3488", "0.5155", 1, 1, 1, null),
        row(D2, SentimentEngineId.CORENLP, 1, 1, "1", "", "", "", 0, 0, 1,
            new SentimentRow.ClassCounts(0, 0, 0, 1, 0)),
        row(D2, SentimentEngineId.VADER, 1, 0, "", "", "", "", 0, 0, 0, null)), rounded(one));
    SentimentTable twice = SentimentTable.empty(Period.DAY).add(b);
    assertEquals("2", Long.toString(twice.merge(twice).rows().get(0).sentences()));
  }
}
