package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.report.ReportNumbers;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Clause;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;
import org.junit.jupiter.api.Test;

class EntitySentimentTableTest {
  static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
  static final SentimentEngineId CORENLP = SentimentEngineId.CORENLP;
  static final SentimentEngineId VADER = SentimentEngineId.VADER;

  private static List<SentenceScore> scores(double coreNlp, Tone coreNlpTone, double vader, Tone vaderTone) {
    return List.of(new SentenceScore(CORENLP, coreNlp, coreNlpTone), new SentenceScore(VADER, vader, vaderTone));
  }

  private static AnnotatedArticle article(String id, LocalDate date, List<Sentence> sentences,
      List<EntityMention> mentions) {
    var base = TestArticles.builder(date).id(id).build();
    return new AnnotatedArticle(base.article(), sentences, mentions);
  }

  /**
   * Sentence 0 praises in its first clause and condemns in its second, while the sentence as a
   * whole is near neutral; sentence 1 has no clauses of its own.
   */
  static AnnotatedArticle praiseAndBlame() {
    Sentence s0 = new Sentence(
        TestArticles.tokens("Kim Jong Un praised the workers , but the United States was condemned ."), null, null,
        scores(-0.2, Tone.NEUTRAL, -0.3, Tone.NEGATIVE), List.of(
            new Clause(0, 13, null, scores(0.1, Tone.NEUTRAL, 0.2, Tone.POSITIVE)),
            new Clause(0, 6, null, scores(1.2, Tone.POSITIVE, 0.6, Tone.POSITIVE)),
            new Clause(8, 13, null, scores(-1.5, Tone.NEGATIVE, -0.7, Tone.NEGATIVE))));
    Sentence s1 = new Sentence(TestArticles.tokens("Kim visited the United States ."), null, null,
        scores(0.5, Tone.POSITIVE, 0.0, Tone.NEUTRAL), List.of());
    return article("a", LocalDate.of(2024, 3, 4), List.of(s0, s1), List.of(
        new EntityMention("Kim Jong Un", EntityType.PERSON, 0, 0, 3),
        new EntityMention("United States", EntityType.LOCATION, 0, 9, 11),
        new EntityMention("Kim", EntityType.PERSON, 1, 0, 1),
        new EntityMention("United States", EntityType.LOCATION, 1, 3, 5)));
  }

  /** "U.S." is the United States by the built-in canonical names; Japan's mention has no span. */
  static AnnotatedArticle threat() {
    Sentence s0 = new Sentence(TestArticles.tokens("The U.S. threatened Japan ."), null, null,
        scores(-1.0, Tone.NEGATIVE, -0.4, Tone.NEGATIVE), List.of());
    return article("b", LocalDate.of(2024, 3, 20), List.of(s0), List.of(
        new EntityMention("U.S.", EntityType.LOCATION, 0, 1, 2),
        new EntityMention("Japan", EntityType.LOCATION, 0)));
  }

  private static List<EntitySentimentRow> rows(long minCount, AnnotatedArticle... articles) {
    CorpusTables tables = CorpusTables.empty(AggregateSettings.defaults().withPeriod(Period.MONTH));
    for (AnnotatedArticle a : articles) {
      tables.add(a);
    }
    return tables.resolvedEntities().sentiment().rows(minCount);
  }

  /** A row as the report writes it (figures rounded to 4 places), for comparing with hand-computed values. */
  private static String row(String entity, EntityType type, SentimentEngineId engine, long mentions,
      long sentences, String mean, String low, String high, long negative, long neutral, long positive) {
    return String.join(" | ", MARCH.toString(), entity, type.name(), engine.label(), Long.toString(mentions),
        Long.toString(sentences), mean, low, high, Long.toString(negative), Long.toString(neutral),
        Long.toString(positive));
  }

  private static List<String> written(List<EntitySentimentRow> rows) {
    return rows.stream().map(r -> row(r.entity(), r.type(), r.engine(), r.mentions(), r.sentences(),
        ReportNumbers.fixed(r.mean()), ReportNumbers.fixed(r.ciLow()), ReportNumbers.fixed(r.ciHigh()),
        r.negative(), r.neutral(), r.positive())).toList();
  }

  @Test
  void eachMentionTakesTheToneOfTheSmallestClauseAroundItUnderItsCountedName() {
    // United States: corenlp -1.5 (its clause), 0.5 and -1.0 (whole sentences), mean -2/3,
    // sd 1.0408, 95% CI -0.6667 -+ 1.96 * 1.0408 / sqrt(3); vader -0.7, 0, -0.4.
    // Kim Jong Un: the short "Kim" counts under the long name, as in the entity table.
    assertEquals(List.of(
            row("United States", EntityType.LOCATION, CORENLP, 3, 3, "-0.6667", "-1.8445", "0.5111", 2, 0, 1),
            row("United States", EntityType.LOCATION, VADER, 3, 3, "-0.3667", "-0.7641", "0.0307", 2, 1, 0),
            row("Kim Jong Un", EntityType.PERSON, CORENLP, 2, 2, "0.85", "0.164", "1.536", 0, 0, 2),
            row("Kim Jong Un", EntityType.PERSON, VADER, 2, 2, "0.3", "-0.288", "0.888", 0, 1, 1),
            row("Japan", EntityType.LOCATION, CORENLP, 1, 1, "-1", "", "", 1, 0, 0),
            row("Japan", EntityType.LOCATION, VADER, 1, 1, "-0.4", "", "", 1, 0, 0)),
        written(rows(1, praiseAndBlame(), threat())));
  }

  @Test
  void namesAndTypesAreThoseOfTheEntityTable() {
    CorpusTables tables = CorpusTables.empty(AggregateSettings.defaults().withPeriod(Period.MONTH));
    tables.add(praiseAndBlame()).add(threat());
    List<String> counted = new ArrayList<>();
    for (EntityRow r : tables.entities().rows()) {
      counted.add(r.entity() + "/" + r.type() + "/" + r.count());
    }
    List<String> toned = new ArrayList<>();
    for (EntitySentimentRow r : tables.resolvedEntities().sentiment().rows(1)) {
      if (r.engine() == CORENLP) {
        toned.add(r.entity() + "/" + r.type() + "/" + r.mentions());
      }
    }
    assertEquals(counted, toned);
  }

  @Test
  void rowsNeedMinCountMentionsPerEngine() {
    List<EntitySentimentRow> rows = rows(3, praiseAndBlame(), threat());
    assertEquals(List.of("United States corenlp", "United States vader"),
        rows.stream().map(r -> r.entity() + " " + r.engine().label()).toList());
  }

  @Test
  void twoMentionsOfOneEntityInOneSentenceCountOneSentence() {
    Sentence s = new Sentence(TestArticles.tokens("Japan and Japan ."), null, null,
        List.of(new SentenceScore(VADER, 0.5, Tone.POSITIVE)), List.of());
    AnnotatedArticle a = article("c", LocalDate.of(2024, 3, 2), List.of(s), List.of(
        new EntityMention("Japan", EntityType.LOCATION, 0, 0, 1),
        new EntityMention("Japan", EntityType.LOCATION, 0, 2, 3)));
    assertEquals(List.of(row("Japan", EntityType.LOCATION, VADER, 2, 1, "0.5", "0.5", "0.5", 0, 0, 2)), written(rows(1, a)));
  }

  @Test
  void sentencesNoEngineScoredGiveNoRows() {
    AnnotatedArticle plain = TestArticles.builder(LocalDate.of(2024, 3, 2)).sentence("Kim spoke .")
        .mention("Kim", EntityType.PERSON).build();
    assertTrue(rows(1, plain).isEmpty());
  }

  @Test
  void rowsDoNotDependOnHowTheDocumentsWereSplitOrMerged() {
    AggregateSettings settings = AggregateSettings.defaults().withPeriod(Period.MONTH);
    CorpusTables one = CorpusTables.empty(settings).add(threat());
    CorpusTables two = CorpusTables.empty(settings).add(praiseAndBlame());
    CorpusTables forward = CorpusTables.empty(settings).merge(one).merge(two);
    CorpusTables backward = CorpusTables.empty(settings).merge(two).merge(one);
    List<EntitySentimentRow> expected = rows(1, praiseAndBlame(), threat());
    assertEquals(expected, forward.resolvedEntities().sentiment().rows(1));
    assertEquals(expected, backward.resolvedEntities().sentiment().rows(1));

    EntitySentimentTable doubled = EntitySentimentTable.empty().merge(forward.resolvedEntities().sentiment());
    doubled.merge(doubled);
    EntitySentimentRow us = doubled.rows(1).get(0);
    assertEquals(6, us.mentions());
    assertEquals("-0.6667", ReportNumbers.fixed(us.mean()));
  }
}
