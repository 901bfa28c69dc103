package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisTest {

  @Test
  void keynessMatchesTheIssueReferenceValues() {
    // target "b b b b b b b a a a" (10 tokens) against "a a a a a a a b b" (9 tokens)
    KeynessScore b = KeynessScore.of(7, 2, 10, 9);
    assertEquals(4.5349, b.g2(), 5e-5);
    assertEquals(4.3372, KeynessScore.pearsonChiSquare(7, 2, 10, 9), 5e-5);
    assertEquals(0.0332104, b.p(), 1e-6);
    assertEquals(Math.log(0.7 / (2.0 / 9)) / Math.log(2), b.logRatio(), 1e-12);
    KeynessScore a = KeynessScore.of(3, 7, 10, 9);
    assertTrue(a.g2() < 0, "a is used less in the target: " + a.g2());
    assertEquals(4.5349, -a.g2(), 5e-5);
  }

  @Test
  void logRatioPutsHalfInPlaceOfAZeroCount() {
    KeynessScore s = KeynessScore.of(4, 0, 100, 200);
    assertEquals(Math.log((4 / 100.0) / (0.5 / 200)) / Math.log(2), s.logRatio(), 1e-12);
    assertEquals(0.0, KeynessScore.of(5, 10, 100, 200).g2(), 1e-12);
    assertEquals(1.0, KeynessScore.of(5, 10, 100, 200).p(), 1e-12);
  }

  @Test
  void keynessRejectsImpossibleCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeynessScore.of(11, 2, 10, 9));
    assertTrue(e.getMessage().contains("11/10"), e.getMessage());
  }

  @Test
  void chiSquareTailMatchesKnownQuantiles() {
    assertEquals(0.05, ChiSquare.upperTail1(3.841458820694124), 1e-15);
    assertEquals(0.01, ChiSquare.upperTail1(6.634896601021214), 1e-15);
    assertEquals(0.001, ChiSquare.upperTail1(10.827566170662733), 1e-15);
    assertEquals(1.5239706048320995e-23, ChiSquare.upperTail1(100), 1e-36);
    assertEquals(0.9920212873707368, ChiSquare.upperTail1(1e-4), 1e-15);
    // either side of the switch between series and continued fraction (z = 2.5, x = 12.5)
    assertEquals(4.069520174449590e-04, ChiSquare.upperTail1(12.5), 1e-16);
    assertEquals(ChiSquare.upperTail1(12.5 - 1e-9), ChiSquare.upperTail1(12.5 + 1e-9), 1e-12);
    assertEquals(1.0, ChiSquare.upperTail1(0), 0);
  }

  @Test
  void plantedBurstIsFoundWithItsWeight() {
    long[] d = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
    long[] r = {1, 1, 1, 1, 8, 9, 8, 1, 1, 1};
    List<Bursts.Burst> bursts = Bursts.detect(d, r);
    assertEquals(1, bursts.size(), bursts.toString());
    Bursts.Burst b = bursts.get(0);
    assertEquals(4, b.start());
    assertEquals(6, b.end());
    assertEquals(3, b.periods());
    // p0 = 32/100, p1 = 0.64; weight = Σ r·ln 2 + (d−r)·ln(0.36/0.68) over periods 4..6
    assertEquals(14.148735680398648, b.weight(), 1e-9);
  }

  @Test
  void aSingleHighPeriodTooWeakToPayTheEntryCostIsNoBurst() {
    // entering costs ln 10 = 2.30; one period with 3 of 10 at p0 = 0.12 gains only
    // 3·ln 2 + 7·ln(0.76/0.88) = 1.05
    long[] d = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
    long[] r = {1, 1, 1, 1, 3, 1, 1, 1, 1, 1};
    assertEquals(List.of(), Bursts.detect(d, r));
  }

  @Test
  void emptyPeriodsCostNothingInEitherState() {
    long[] d = {10, 10, 0, 10, 10, 10, 10, 10};
    long[] r = {9, 9, 0, 9, 1, 1, 1, 1};
    List<Bursts.Burst> bursts = Bursts.detect(d, r);
    assertEquals(1, bursts.size(), bursts.toString());
    assertEquals(0, bursts.get(0).start());
    assertEquals(3, bursts.get(0).end());
    assertEquals(0.0, Bursts.cost(0, 0, 0.3), 0);
  }

  @Test
  void featureInEveryDocumentHasNoBurst() {
    assertEquals(List.of(), Bursts.detect(new long[] {5, 5, 5}, new long[] {5, 5, 5}));
  }

  @Test
  void npmiFromDocumentCounts() {
    assertEquals(0.31739380551401475, Npmi.of(2, 3, 4, 10), 1e-12);
    assertEquals(1.0, Npmi.of(5, 5, 5, 5), 0);
    assertEquals(1.0, Npmi.of(3, 3, 3, 10), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Npmi.of(4, 3, 4, 10));
  }

  @Test
  void collocationLambdaAndZForPairsAndTriples() {
    // cells by match pattern: none, first word only, second only, both
    Collocation pair = Collocation.of(new long[] {10, 2, 3, 5});
    assertEquals(Math.log(5.5 * 10.5 / (2.5 * 3.5)), pair.lambda(), 1e-12);
    assertEquals(1.9232092012767374, pair.z(), 1e-12);
    Collocation triple = Collocation.of(new long[] {20, 4, 3, 2, 6, 1, 1, 3});
    assertEquals(1.1337596764337552, triple.lambda(), 1e-12);
    assertEquals(0.6862314932817388, triple.z(), 1e-12);
  }
}
