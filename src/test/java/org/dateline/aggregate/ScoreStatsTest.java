package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;
import org.dateline.report.ReportNumbers;
import org.junit.jupiter.api.Test;

/** Confidence intervals of bounded scores stay on the engine's scale. */
class ScoreStatsTest {

  private static ScoreStats stats(SentimentEngineId engine, double... scores) {
    long sum = 0;
    long squares = 0;
    for (double x : scores) {
      sum += ScoreStats.units(x);
      squares += ScoreStats.squareUnits(x);
    }
    return ScoreStats.of(engine, scores.length, sum, squares);
  }

  private static String fixed(BigDecimal value) {
    return ReportNumbers.fixed(value);
  }

  @Test
  void anIntervalNearTheTopOfAUnitScaleEndsAtOne() {
    // nine of 1 and one of -1: mean 0.8, sd 0.6325, normal interval 0.8 -+ 0.392 = 0.408 .. 1.192
    ScoreStats s = stats(SentimentEngineId.NEWS, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1);
    assertEquals("0.8", fixed(s.mean()));
    assertEquals("0.632", fixed(s.sd()).substring(0, 5));
    assertEquals("0.408", fixed(s.ciLow()));
    assertEquals("1", fixed(s.ciHigh()));
    ScoreStats v = stats(SentimentEngineId.VADER, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1);
    assertEquals("1", fixed(v.ciHigh()));
  }

  @Test
  void anIntervalNearTheBottomOfAUnitScaleEndsAtMinusOne() {
    // two of -0.99 and one of -0.2: mean -0.7267, sd 0.4561, interval -1.2428 .. -0.2105
    ScoreStats s = stats(SentimentEngineId.VADER, -0.99, -0.99, -0.2);
    assertEquals("-0.7267", fixed(s.mean()));
    assertEquals("-1", fixed(s.ciLow()));
    assertEquals("-0.2105", fixed(s.ciHigh()));
  }

  @Test
  void coreNlpKeepsItsWiderScale() {
    // The same spread passes +-1 but stays within CoreNLP's -2 .. +2: nothing to move.
    ScoreStats inside = stats(SentimentEngineId.CORENLP, 1, 1, 1, 1, 1, 1, 1, 1, 1, -1);
    assertEquals("1.192", fixed(inside.ciHigh()));
    // four of 2 and one of -2: mean 1.2, sd 1.7889, interval -0.368 .. 2.768
    ScoreStats top = stats(SentimentEngineId.CORENLP, 2, 2, 2, 2, -2);
    assertEquals("-0.368", fixed(top.ciLow()));
    assertEquals("2", fixed(top.ciHigh()));
    ScoreStats bottom = stats(SentimentEngineId.CORENLP, -2, -2, -2, -2, 2);
    assertEquals("-2", fixed(bottom.ciLow()));
    assertEquals("0.368", fixed(bottom.ciHigh()));
  }

  @Test
  void intervalsInsideTheScaleAreTheNormalApproximation() {
    // mean 0, sd sqrt(1/3) = 0.5774, 1.96 * 0.5774 / sqrt(4) = 0.5658: neither end is moved
    ScoreStats s = stats(SentimentEngineId.NEWS, -0.5, 0.5, -0.5, 0.5);
    assertEquals("-0.5658", fixed(s.ciLow()));
    assertEquals("0.5658", fixed(s.ciHigh()));
    assertEquals(ScoreStats.of(4, 0, 4 * 25_000_000L), s);
  }

  @Test
  void oneScoreHasNoInterval() {
    ScoreStats s = stats(SentimentEngineId.NEWS, 1);
    assertEquals("1", fixed(s.mean()));
    assertNull(s.ciLow());
    assertNull(s.ciHigh());
  }

  @Test
  void allScoresAtTheBoundGiveAnIntervalOfThatPoint() {
    ScoreStats s = stats(SentimentEngineId.VADER, 1, 1, 1);
    assertEquals("1", fixed(s.ciLow()));
    assertEquals("1", fixed(s.ciHigh()));
  }

  @Test
  void bothTablesKeepEveryEnginesIntervalOnItsScale() {
    LocalDate day = LocalDate.of(2024, 3, 1);
    List<Sentence> sentences = new ArrayList<>();
    double[][] scores = {{2, 1, 1}, {2, 1, 1}, {2, 0.99, 0.98}, {-2, -1, -1}};
    for (double[] s : scores) {
      sentences.add(new Sentence(TestArticles.tokens("Kim Jong Un spoke ."), null, null, List.of(
          new SentenceScore(SentimentEngineId.CORENLP, s[0], Tone.POSITIVE),
          new SentenceScore(SentimentEngineId.VADER, s[1], Tone.POSITIVE),
          new SentenceScore(SentimentEngineId.NEWS, s[2], Tone.POSITIVE))));
    }
    AnnotatedArticle a = new AnnotatedArticle(TestArticles.builder(day).id("a").build().article(), sentences,
        List.of(new org.dateline.model.EntityMention("Kim Jong Un", EntityType.PERSON, 0),
            new org.dateline.model.EntityMention("Kim Jong Un", EntityType.PERSON, 1),
            new org.dateline.model.EntityMention("Kim Jong Un", EntityType.PERSON, 2),
            new org.dateline.model.EntityMention("Kim Jong Un", EntityType.PERSON, 3)));
    CorpusTables tables = CorpusTables.empty(AggregateSettings.defaults().withPeriod(Period.DAY));
    tables.add(a);
    List<SentimentRow> sentiment = tables.sentiment().rows();
    assertEquals(3, sentiment.size());
    for (SentimentRow r : sentiment) {
      double bound = r.engine() == SentimentEngineId.CORENLP ? 2 : 1;
      assertTrue(r.ciLow().doubleValue() >= -bound && r.ciHigh().doubleValue() <= bound, r::toString);
      assertTrue(r.ciLow().compareTo(r.mean()) <= 0 && r.mean().compareTo(r.ciHigh()) <= 0, r::toString);
    }
    // each engine's interval passes its upper bound before it is kept inside
    assertEquals(List.of("2", "1", "1"), sentiment.stream().map(r -> fixed(r.ciHigh())).toList());
    List<EntitySentimentRow> entity = tables.resolvedEntities().sentiment().rows(1);
    assertEquals(3, entity.size());
    assertEquals(List.of("2", "1", "1"), entity.stream().map(r -> fixed(r.ciHigh())).toList());
    for (EntitySentimentRow r : entity) {
      double bound = r.engine() == SentimentEngineId.CORENLP ? 2 : 1;
      assertTrue(r.ciLow().doubleValue() >= -bound && r.ciHigh().doubleValue() <= bound, r::toString);
    }
  }
}
