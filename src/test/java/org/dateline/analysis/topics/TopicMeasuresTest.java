package org.dateline.analysis.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicMeasuresTest {

  @Test
  void npmiOfWordsNeverTogetherIsMinusOneAlwaysTogetherOneIndependentZero() {
    assertEquals(-1, TopicMeasures.npmi(0, 3, 4, 10));
    assertEquals(1, TopicMeasures.npmi(10, 10, 10, 10));
    assertEquals(0, TopicMeasures.npmi(25, 50, 50, 100), 1e-12);
    // both in 2 of 10 documents, each in the same 2: ln(0.2/0.04)/-ln(0.2) = 1
    assertEquals(1, TopicMeasures.npmi(2, 2, 2, 10), 1e-12);
  }

  @Test
  void coherenceIsTheMeanOverPairsCountingDocumentsWithTokens() {
    // a,b always together in docs 0 and 1; c alone in doc 2; doc 3 is empty and not counted
    TopicCorpus corpus = new TopicCorpus(List.of("a", "b", "c"), List.of("0", "1", "2", "3"),
        Collections.nCopies(4, LocalDate.of(2024, 1, 1)), new int[][] {{0, 1}, {1, 0, 0}, {2}, {}});
    double ab = Math.log((2 / 3.0) / ((2 / 3.0) * (2 / 3.0))) / -Math.log(2 / 3.0);
    assertEquals(ab, TopicMeasures.coherence(corpus, new int[] {0, 1}), 1e-12);
    assertEquals((ab - 1 - 1) / 3, TopicMeasures.coherence(corpus, new int[] {0, 1, 2}), 1e-12);
  }

  @Test
  void frexRanksAWordFrequentAndExclusiveToItsTopicHighest() {
    double[][] phi = {
      {0.70, 0.10, 0.10, 0.10},
      {0.10, 0.10, 0.10, 0.70}};
    double[][] frex = TopicMeasures.frex(phi);
    // word 0 in topic 0: the highest exclusivity and frequency, both ECDFs 1
    assertEquals(1.0, frex[0][0], 1e-12);
    // word 1 in topic 0: exclusivity 0.5 (rank 3 of 4: ECDF 0.75), frequency ECDF 0.75
    assertEquals(0.75, frex[0][1], 1e-12);
    // word 3 in topic 0: exclusivity 0.125 (ECDF 0.25), frequency 0.1 (ECDF 0.75): harmonic mean
    assertEquals(1 / (0.5 / 0.25 + 0.5 / 0.75), frex[0][3], 1e-12);
    assertTrue(frex[1][3] > frex[1][0]);
  }

  @Test
  void diversityIsTheShareOfDistinctWords() {
    assertEquals(0.75, TopicMeasures.diversity(List.of(List.of("a", "b"), List.of("b", "c"))), 1e-12);
  }

  @Test
  void studentTQuantilesMatchTheTablesAndTheNormalInTheLimit() {
    assertEquals(12.706204736, StudentT.quantile975(1), 1e-9);
    assertEquals(2.042272456, StudentT.quantile975(30), 1e-9);
    assertEquals(2.0085591, StudentT.quantile975(50), 1e-5);
    assertEquals(1.9839715, StudentT.quantile975(100), 1e-5);
    assertEquals(1.959964, StudentT.quantile975(1_000_000), 1e-5);
  }

  @Test
  void oneUpdateOfAnAsymmetricPriorIsMinkasFixedPointWithTheGammaShapeScaledByTheOldValue() {
    // two documents of two tokens: one (2, 0), one (1, 1); the prior (0.5, 0.5)
    double[] alpha = {0.5, 0.5};
    int[][] histograms = {{0, 1, 1}, {1, 1, 0}};
    int[] lengths = {0, 0, 2};
    double sum = Dirichlet.learnParameters(alpha, histograms, lengths, 1.001, 1.0, 1);
    // denominator 2 (1/1 + 1/2) - 1/scale = 2; numerators 1/0.5 + (1/0.5 + 1/1.5) and 1/0.5
    double denominator = 2 * (1 / 1.0 + 1 / 2.0) - 1;
    double first = 0.5 * ((2 + (2 + 1 / 1.5)) + 1.001) / denominator;
    double second = 0.5 * (2 + 1.001) / denominator;
    assertEquals(first, alpha[0], 1e-12);
    assertEquals(second, alpha[1], 1e-12);
    assertEquals(first + second, sum, 1e-12);
  }

  @Test
  void digammaMatchesKnownValues() {
    assertEquals(-0.5772156649015329, Dirichlet.digamma(1), 1e-10);
    assertEquals(0.4227843350984671, Dirichlet.digamma(2), 1e-10);
    assertEquals(Math.log(1000) - 1 / 2000.0 - 1 / (12 * 1e6), Dirichlet.digamma(1000), 1e-12);
  }
}
