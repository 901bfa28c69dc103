package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.EntityType;
import org.dateline.model.Period;
import org.dateline.model.Sentiment;
import org.junit.jupiter.api.Test;

class CorpusTablesTest {
  private static final AggregateSettings WEEKLY = AggregateSettings.defaults().withPeriod(Period.WEEK);

  /** Ten articles over three weeks, one undated, with terms, entities and sentiment. */
  static List<AnnotatedArticle> tenArticles() {
    String[] words = {"peace", "war", "army", "people", "leader", "party", "nation", "unity"};
    List<AnnotatedArticle> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      LocalDate date = i == 7 ? null : LocalDate.of(2026, 1, 5).plusDays(i * 2L);
      var b = TestArticles.builder(date).id("doc" + i)
          .sentence(sentimentOf(i), words[i % 8] + " the " + words[(i * 3) % 8] + " , " + i + " " + words[(i + 5) % 8])
          .sentence(words[(i * 5) % 8] + " 's Korea")
          .mention("Kim Jong Un", EntityType.PERSON)
          .mention(i % 2 == 0 ? "Pyongyang" : "Korea", i % 3 == 0 ? EntityType.CITY : EntityType.LOCATION);
      if (i % 4 == 1) {
        b.sentiments(i % 5, (i + 2) % 5);
      }
      out.add(b.build());
    }
    return out;
  }

  /** A sentiment for some sentences and none for others, so both paths are exercised. */
  private static Sentiment sentimentOf(int i) {
    return i % 3 == 2 ? null : Sentiment.ofClass(i % 5);
  }

  private static CorpusTables single(List<AnnotatedArticle> articles) {
    CorpusTables t = CorpusTables.empty(WEEKLY);
    articles.forEach(t::add);
    return t;
  }

  private static void assertSameTables(CorpusTables expected, CorpusTables actual) {
    assertEquals(expected.terms().rows(), actual.terms().rows());
    assertEquals(expected.terms().countedTokens(), actual.terms().countedTokens());
    assertEquals(expected.entities().rows(), actual.entities().rows());
    assertEquals(expected.sentiment().rows(), actual.sentiment().rows());
    assertEquals(expected.documents(), actual.documents());
    assertEquals(expected.undated(), actual.undated());
  }

  @Test
  void countsUndatedAndDocuments() {
    CorpusTables t = single(tenArticles());
    assertEquals(10, t.documents());
    assertEquals(1, t.undated());
    assertEquals(9, t.sentiment().rows().stream().mapToLong(SentimentRow::documents).sum());
    assertEquals(9, t.entities().rows().stream()
        .filter(r -> r.entity().equals("Kim Jong Un")).mapToLong(EntityRow::count).sum());
  }

  @Test
  void anySplitAndMergeOrderGivesTheSameRows() {
    List<AnnotatedArticle> all = tenArticles();
    CorpusTables expected = single(all);

    // halves, both orders
    assertSameTables(expected, single(all.subList(0, 5)).merge(single(all.subList(5, 10))));
    assertSameTables(expected, single(all.subList(5, 10)).merge(single(all.subList(0, 5))));

    // associativity: (a+b)+c and a+(b+c)
    CorpusTables a = single(all.subList(0, 3));
    CorpusTables b = single(all.subList(3, 8));
    CorpusTables c = single(all.subList(8, 10));
    CorpusTables left = CorpusTables.empty(WEEKLY).merge(a).merge(b).merge(c);
    CorpusTables right = CorpusTables.empty(WEEKLY).merge(a).merge(CorpusTables.empty(WEEKLY).merge(b).merge(c));
    assertSameTables(expected, left);
    assertSameTables(expected, right);
    // merging did not change its arguments
    assertSameTables(single(all.subList(3, 8)), b);

    // one article per partial, merged in shuffled orders, with empty partials in between
    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      List<CorpusTables> partials = new ArrayList<>();
      for (AnnotatedArticle x : all) {
        partials.add(CorpusTables.empty(WEEKLY).add(x));
        partials.add(CorpusTables.empty(WEEKLY));
      }
      Collections.shuffle(partials, random);
      CorpusTables merged = CorpusTables.empty(WEEKLY);
      partials.forEach(merged::merge);
      assertSameTables(expected, merged);
    }

    // round-robin over three workers, like a thread pool would
    List<CorpusTables> workers = List.of(
        CorpusTables.empty(WEEKLY), CorpusTables.empty(WEEKLY), CorpusTables.empty(WEEKLY));
    for (int i = 0; i < all.size(); i++) {
      workers.get(i % 3).add(all.get(i));
    }
    assertSameTables(expected, workers.get(2).merge(workers.get(0)).merge(workers.get(1)));
  }

  @Test
  void parallelStreamCollectorMatchesSingleThread() {
    List<AnnotatedArticle> all = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      all.addAll(tenArticles());
    }
    assertSameTables(single(all), all.parallelStream().collect(CorpusTables.collector(WEEKLY)));
  }

  @Test
  void mergeRefusesOtherSettings() {
    CorpusTables en = CorpusTables.empty(WEEKLY);
    CorpusTables none = CorpusTables.empty(WEEKLY.withStopwords(Stopwords.none()));
    assertThrows(IllegalArgumentException.class, () -> en.merge(none));
    assertThrows(NullPointerException.class, () -> en.add(null));
  }
}
