package org.dateline.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dateline.aggregate.TopicSettings;
import org.dateline.model.Period;
import org.junit.jupiter.api.Test;

/**
 * The sampler on a corpus drawn from a known LDA: five topics over disjoint sets of 20 words, each
 * word's probability 0.75 times the one before, so every topic has a clear top ten.
 */
class SparseLdaSamplerTest {
  static final int TRUE_TOPICS = 5;
  static final int WORDS_PER_TOPIC = 20;

  /** The corpus: each document mostly one topic (80% of its tokens) and partly another. */
  static TopicCorpus synthetic(long seed, int documents, int length) {
    Random random = new Random(seed);
    List<String> vocabulary = new ArrayList<>();
    for (int t = 0; t < TRUE_TOPICS; t++) {
      for (int i = 0; i < WORDS_PER_TOPIC; i++) {
        vocabulary.add(word(t, i));
      }
    }
    vocabulary.sort(null);
    double[] cumulative = new double[WORDS_PER_TOPIC];
    double sum = 0;
    for (int i = 0; i < WORDS_PER_TOPIC; i++) {
      sum += Math.pow(0.75, i);
      cumulative[i] = sum;
    }
    int[][] docs = new int[documents][];
    List<String> ids = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (int d = 0; d < documents; d++) {
      int main = random.nextInt(TRUE_TOPICS);
      int other = (main + 1 + random.nextInt(TRUE_TOPICS - 1)) % TRUE_TOPICS;
      int[] doc = new int[length];
      for (int i = 0; i < length; i++) {
        int t = random.nextDouble() < 0.8 ? main : other;
        double u = random.nextDouble() * sum;
        int k = 0;
        while (cumulative[k] < u) {
          k++;
        }
        doc[i] = vocabulary.indexOf(word(t, k));
      }
      docs[d] = doc;
      ids.add("d" + d);
      dates.add(LocalDate.of(2024, 1 + d % 3, 1 + d % 28));
    }
    return new TopicCorpus(vocabulary, ids, dates, docs);
  }

  static String word(int topic, int rank) {
    return "t" + topic + "w" + (char) ('a' + rank);
  }

  @Test
  void recoversTheTopicsItWasDrawnFromWithCountsConsistentAfterEveryIteration() {
    TopicCorpus corpus = synthetic(7, 400, 60);
    // Gibbs sampling can end in a local mode (two true topics merged, another split), for one seed
    // in a few dozen on this corpus, as a sampler without shards does too; so five seeds, and at
    // least four of them must recover every true topic. 300 iterations: the priors are optimised
    // 10 times after the burn-in, under the check too, on two threads, so that the shards run in
    // parallel under the check.
    int recovered = 0;
    List<String> failures = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      TopicModel model = TopicModel.fit(corpus, new TopicSettings(TRUE_TOPICS, 300, seed, 10), 2, true);
      int worst = WORDS_PER_TOPIC;
      for (int t = 0; t < TRUE_TOPICS; t++) {
        Set<String> truth = new HashSet<>();
        for (int i = 0; i < 10; i++) {
          truth.add(word(t, i));
        }
        int best = 0;
        for (TopicRow row : model.topics()) {
          Set<String> shared = new HashSet<>(row.words());
          shared.retainAll(truth);
          best = Math.max(best, shared.size());
        }
        worst = Math.min(worst, best);
      }
      if (worst >= 9) {
        recovered++;
      } else {
        failures.add("seed " + seed + ": " + model.topics());
      }
      long tokens = model.topics().stream().mapToLong(TopicRow::tokens).sum();
      assertEquals(400 * 60, tokens);
      assertEquals(400L * 60 * 300, model.sampledTokens());
      // topics numbered by tokens, most first
      for (int i = 1; i < TRUE_TOPICS; i++) {
        assertTrue(model.topics().get(i - 1).tokens() >= model.topics().get(i).tokens());
      }
      double shares = model.topics().stream().mapToDouble(TopicRow::share).sum();
      assertEquals(1.0, shares, 1e-9);
      // the optimised prior moved from MALLET's starting point (sum 5) towards sparse documents
      assertNotEquals(SparseLdaSampler.INITIAL_ALPHA_SUM, model.alphaSum());
      assertTrue(model.alphaSum() < 5, "alpha sum " + model.alphaSum());
    }
    assertTrue(recovered >= 4, "every true topic recovered with " + recovered + " of 5 seeds; " + failures);
  }

  @Test
  void theWordsAreDealtIntoBlocksOfAboutEqualTokens() {
    // Zipf-like totals: one word far more frequent than the rest
    int[] totals = new int[1000];
    long sum = 0;
    for (int w = 0; w < totals.length; w++) {
      totals[w] = 5000 / (1 + (w * 7919) % 1000);
      sum += totals[w];
    }
    int[] block = SparseLdaSampler.blocks(totals);
    long[] load = new long[SparseLdaSampler.SHARDS];
    for (int w = 0; w < totals.length; w++) {
      load[block[w]] += totals[w];
    }
    long largest = java.util.Arrays.stream(totals).max().orElseThrow();
    for (long l : load) {
      // greedy dealing, most frequent first: no block exceeds the mean by more than the largest word
      assertTrue(l <= sum / SparseLdaSampler.SHARDS + largest, java.util.Arrays.toString(load));
      assertTrue(l >= sum / SparseLdaSampler.SHARDS - largest, java.util.Arrays.toString(load));
    }
    assertEquals(5000, largest);
    // a word as frequent as all the others together gets a block of its own
    int[] skewed = {100, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    int[] skewedBlock = SparseLdaSampler.blocks(skewed);
    for (int w = 1; w < skewed.length; w++) {
      assertNotEquals(skewedBlock[0], skewedBlock[w], "word " + w);
    }
  }

  @Test
  void theCountCheckCatchesATableThatDisagreesWithTheAssignments() {
    TopicCorpus corpus = synthetic(3, 20, 10);
    SparseLdaSampler sampler = new SparseLdaSampler(corpus, 3, 1, true);
    sampler.sample(2);
    sampler.checkCounts();
    int[][] counts = sampler.topicWordCounts();
    int total = 0;
    for (int[] row : counts) {
      for (int c : row) {
        total += c;
      }
    }
    assertEquals(200, total);
    assertEquals(200, java.util.Arrays.stream(sampler.tokensPerTopic()).sum());
  }

  @Test
  void theAssignmentsAndPriorsAreTheSameOnOneTwoAndEightThreads() {
    TopicCorpus corpus = synthetic(3, 250, 40);
    // past the burn-in, so that the priors are optimised on the merged counts too
    SparseLdaSampler one = new SparseLdaSampler(corpus, 6, 11, 1, true);
    SparseLdaSampler two = new SparseLdaSampler(corpus, 6, 11, 2, true);
    SparseLdaSampler eight = new SparseLdaSampler(corpus, 6, 11, 8, true);
    one.sample(220);
    two.sample(220);
    eight.sample(220);
    assertNotEquals(SparseLdaSampler.INITIAL_ALPHA_SUM, one.alphaSum());
    for (SparseLdaSampler other : List.of(two, eight)) {
      for (int d = 0; d < corpus.size(); d++) {
        assertArrayEquals(one.assignments(d), other.assignments(d), "document " + d);
      }
      assertArrayEquals(one.alpha(), other.alpha());
      assertEquals(one.beta(), other.beta());
      assertArrayEquals(one.tokensPerTopic(), other.tokensPerTopic());
    }
  }

  @Test
  void aCorpusWithFewerDocumentsThanShardsIsSampledWithConsistentCounts() {
    TopicCorpus corpus = synthetic(4, SparseLdaSampler.SHARDS - 3, 30);
    SparseLdaSampler a = new SparseLdaSampler(corpus, 3, 2, 4, true);
    SparseLdaSampler b = new SparseLdaSampler(corpus, 3, 2, 1, true);
    a.sample(30);
    b.sample(30);
    for (int d = 0; d < corpus.size(); d++) {
      assertArrayEquals(b.assignments(d), a.assignments(d), "document " + d);
    }
    assertEquals(30L * 30 * (SparseLdaSampler.SHARDS - 3), a.sampledTokens());
  }

  @Test
  void theSameSeedGivesTheSameFitAndAnotherSeedAnother() {
    TopicCorpus corpus = synthetic(11, 100, 30);
    TopicModel a = TopicModel.fit(corpus, new TopicSettings(4, 30, 5, 10));
    TopicModel b = TopicModel.fit(corpus, new TopicSettings(4, 30, 5, 10));
    TopicModel c = TopicModel.fit(corpus, new TopicSettings(4, 30, 6, 10));
    assertEquals(a.topics(), b.topics());
    assertEquals(a.byPeriod(Period.MONTH), b.byPeriod(Period.MONTH));
    assertEquals(a.documentTopics(), b.documentTopics());
    assertNotEquals(a.documentTopics(), c.documentTopics());
  }

  @Test
  void periodsHaveEveryTopicWithAnIntervalAroundTheMean() {
    TopicCorpus corpus = synthetic(5, 90, 20);
    TopicModel model = TopicModel.fit(corpus, new TopicSettings(3, 20, 1, 5));
    List<TopicPeriodRow> rows = model.byPeriod(Period.MONTH);
    assertEquals(3 * 3, rows.size());
    for (TopicPeriodRow r : rows) {
      assertEquals(30, r.documents());
      assertTrue(r.ciLow() <= r.share() && r.share() <= r.ciHigh(), r.toString());
      assertTrue(r.ciLow() >= 0 && r.ciHigh() <= 1, r.toString());
    }
    // shares of a period sum to 1 (each document's proportions do)
    double sum = rows.stream().filter(r -> r.period().equals(LocalDate.of(2024, 1, 1)))
        .mapToDouble(TopicPeriodRow::share).sum();
    assertEquals(1.0, sum, 1e-9);
    for (DocumentTopicRow r : model.documentTopics()) {
      assertTrue(r.share() >= TopicModel.MIN_DOCUMENT_SHARE);
    }
  }

  @Test
  void aCorpusWithoutTokensPastTheBurnInKeepsThePriorAndGivesFiniteTables() {
    TopicCorpus corpus = new TopicCorpus(List.of(), List.of("x", "y"),
        List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)), new int[][] {{}, {}});
    TopicModel model = TopicModel.fit(corpus, new TopicSettings(4, 250, 3, 10), true);
    assertEquals(SparseLdaSampler.INITIAL_ALPHA_SUM, model.alphaSum());
    assertEquals(0.25, model.share(0, 1), 1e-12);
    assertEquals(2 * 4, model.byPeriod(Period.DAY).size());
    assertEquals(List.of(), model.topics().get(0).words());
  }

  @Test
  void aDocumentWithNoTokensGetsThePriorsProportions() {
    List<String> vocabulary = List.of("a", "b");
    TopicCorpus corpus = new TopicCorpus(vocabulary, List.of("x", "y", "z"),
        List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2)),
        new int[][] {{0, 0, 1}, {}, {1, 1}});
    TopicModel model = TopicModel.fit(corpus, new TopicSettings(2, 5, 3, 2), true);
    assertArrayEquals(new double[] {0.5, 0.5}, new double[] {model.share(1, 1), model.share(1, 2)}, 1e-12);
  }
}
