package org.dateline.aggregate;

import static org.dateline.aggregate.TestArticles.annotated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Period;
import org.dateline.model.Token;
import org.junit.jupiter.api.Test;

class TermTableTest {
  private static final LocalDate WED = LocalDate.of(2026, 1, 28);
  private static final LocalDate SUN = LocalDate.of(2026, 2, 1);
  private static final LocalDate MON = LocalDate.of(2026, 1, 26);

  /** A row whose period counted {@code countedTokens} tokens, which fixes its per10k. */
  private static TermRow row(LocalDate d, String term, long count, long docFreq, long countedTokens) {
    return new TermRow(d, term, count, docFreq, new Ratio(count * 10_000, countedTokens));
  }

  private static List<TermRow> rows(AggregateSettings settings, org.dateline.model.AnnotatedArticle... articles) {
    TermTable t = TermTable.empty(settings);
    for (var a : articles) {
      t.add(a);
    }
    return t.rows();
  }

  @Test
  void termsLeaveOutPunctuationNumbersOrdinalsAndStopwords() {
    List<TermRow> rows = rows(AggregateSettings.defaults(),
        annotated(WED, "The Korean people , 1950 -- said 's", "25th Korean army 3.5 -LRB- 1950s ."));
    assertEquals(List.of(
        row(WED, "korean", 2, 1, 6),
        row(WED, "1950s", 1, 1, 6),
        row(WED, "army", 1, 1, 6),
        row(WED, "people", 1, 1, 6),
        row(WED, "said", 1, 1, 6)), rows);
  }

  @Test
  void termPolicyAnswersPerToken() {
    TermPolicy p = AggregateSettings.defaults().termPolicy();
    assertEquals(Optional.of("korea"), p.term(new Token("Korea", "Korea", "NNP", "COUNTRY")));
    assertEquals(Optional.empty(), p.term(new Token("1st", "1st", "JJ", "O")));
    assertEquals(Optional.empty(), p.term(new Token("1e6", "1e6", "CD", "O")));
    assertEquals(Optional.empty(), p.term(new Token("n't", "not", "RB", "O")));
    assertTrue(p.counts(new Token("1950-July", "1950-july", "CD", "O")));
    assertTrue(new TermPolicy(false, Stopwords.none()).counts(new Token("The", "the", "DT", "O")));
    assertEquals(Optional.empty(), p.term(new Token("\u2019s", "\u2019s", "POS", "O")));
    assertEquals(Optional.of("workers'"), p.term(new Token("Workers\u2019", "workers\u2019", "NNS", "O")));
  }

  @Test
  void per10kOfThreeInSevenCountedTokens() {
    List<TermRow> rows = rows(AggregateSettings.defaults(),
        annotated(WED, "peace peace the peace war , army navy air"));
    assertEquals(row(WED, "peace", 3, 1, 7), rows.get(0));
    assertEquals(row(WED, "air", 1, 1, 7), rows.get(1));
    assertEquals(5, rows.size());
  }

  @Test
  void lemmaModeCountsLemmas() {
    var article = TestArticles.builder(WED).lemmaSentence("said", "say", "says", "say", "Talks", "talk", "was", "be").build();
    assertEquals(List.of(row(WED, "say", 2, 1, 3), row(WED, "talk", 1, 1, 3)),
        rows(AggregateSettings.defaults().withLemma(true), article));
    assertEquals(List.of(row(WED, "said", 1, 1, 3), row(WED, "says", 1, 1, 3),
        row(WED, "talks", 1, 1, 3)), rows(AggregateSettings.defaults(), article));
  }

  @Test
  void docFreqCountsDocumentsNotOccurrences() {
    assertEquals(List.of(row(WED, "peace", 3, 2, 4), row(WED, "war", 1, 1, 4)),
        rows(AggregateSettings.defaults(), annotated(WED, "peace peace"), annotated(WED, "peace war")));
  }

  @Test
  void weeksStartOnMondayAndMonthsAndYearsOnTheFirst() {
    var wed = annotated(WED, "peace");
    var sun = annotated(SUN, "peace war");
    assertEquals(List.of(row(MON, "peace", 2, 2, 3), row(MON, "war", 1, 1, 3)),
        rows(AggregateSettings.defaults().withPeriod(Period.WEEK), wed, sun));
    LocalDate jan = LocalDate.of(2026, 1, 1);
    LocalDate feb = LocalDate.of(2026, 2, 1);
    assertEquals(List.of(row(jan, "peace", 1, 1, 1), row(feb, "peace", 1, 1, 2),
        row(feb, "war", 1, 1, 2)), rows(AggregateSettings.defaults().withPeriod(Period.MONTH), wed, sun));
    assertEquals(List.of(row(jan, "peace", 2, 2, 3), row(jan, "war", 1, 1, 3)),
        rows(AggregateSettings.defaults().withPeriod(Period.YEAR), wed, sun));
  }

  @Test
  void rowsSortByPeriodThenCountDescendingThenTerm() {
    assertEquals(List.of(
            row(WED, "zeal", 2, 1, 4), row(WED, "apple", 1, 1, 4), row(WED, "mango", 1, 1, 4),
            row(SUN, "berry", 1, 1, 1)),
        rows(AggregateSettings.defaults(), annotated(SUN, "berry"), annotated(WED, "mango zeal apple zeal")));
  }

  @Test
  void undatedArticlesAreIgnoredAndCountedTokensPerPeriod() {
    TermTable t = TermTable.empty(AggregateSettings.defaults())
        .add(annotated(null, "peace"))
        .add(annotated(WED, "peace , the war"));
    assertEquals(List.of(row(WED, "peace", 1, 1, 2), row(WED, "war", 1, 1, 2)), t.rows());
    assertEquals(Map.of(WED, 2L), t.countedTokens());
  }

  @Test
  void mergeRefusesOtherSettings() {
    TermTable day = TermTable.empty(AggregateSettings.defaults());
    TermTable week = TermTable.empty(AggregateSettings.defaults().withPeriod(Period.WEEK));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> day.merge(week));
    assertTrue(e.getMessage().startsWith("cannot merge tables built with different settings"), e.getMessage());
  }

  @Test
  void mergeWithItselfDoubles() {
    TermTable t = TermTable.empty(AggregateSettings.defaults()).add(annotated(WED, "peace war"));
    assertEquals(List.of(row(WED, "peace", 2, 2, 4), row(WED, "war", 2, 2, 4)), t.merge(t).rows());
  }

  @Test
  void rowsReadBeforeAnAddOrMergeAreNotServedAfterIt() {
    TermTable t = TermTable.empty(AggregateSettings.defaults()).add(annotated(WED, "peace war"));
    assertEquals(List.of(row(WED, "peace", 1, 1, 2), row(WED, "war", 1, 1, 2)), t.rows());
    t.add(annotated(WED, "peace"));
    assertEquals(List.of(row(WED, "peace", 2, 2, 3), row(WED, "war", 1, 1, 3)), t.rows());
    t.merge(TermTable.empty(AggregateSettings.defaults()).add(annotated(SUN, "talks")));
    assertEquals(3, t.rows().size());
    assertEquals(row(SUN, "talks", 1, 1, 1), t.rows().get(2));
  }
}
