package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NerScorerTest {

  private static List<IobTag> tags(String space) {
    return Arrays.stream(space.split(" ")).map(IobTag::parse).toList();
  }

  private static List<String> labels(String space) {
    return List.of(space.split(" "));
  }

  /** Asserts precision, recall and F1 to two decimals, as eval.csv shows them. */
  static void assertRates(MatchCounts m, double precision, double recall, double f1) {
    assertEquals(precision, m.precision(), 0.005, "precision of " + m);
    assertEquals(recall, m.recall(), 0.005, "recall of " + m);
    assertEquals(f1, m.f1(), 0.005, "f1 of " + m);
  }

  @Test
  void goldSpansFollowIob2AndIob1() {
    assertEquals(
        List.of(new EntitySpan(0, 2, EntityClass.PER), new EntitySpan(3, 4, EntityClass.LOC),
            new EntitySpan(4, 5, EntityClass.LOC)),
        NerScorer.goldSpans(tags("B-PER I-PER O B-LOC B-LOC O")));
    // IOB1 and broken IOB2: an I- tag that cannot continue starts a new entity.
    assertEquals(
        List.of(new EntitySpan(0, 1, EntityClass.ORG), new EntitySpan(1, 3, EntityClass.PER),
            new EntitySpan(4, 5, EntityClass.MISC)),
        NerScorer.goldSpans(tags("I-ORG I-PER I-PER O I-MISC")));
    assertEquals(List.of(), NerScorer.goldSpans(tags("O O")));
  }

  @Test
  void predictedSpansAreRunsOfOneMappedClass() {
    assertEquals(
        List.of(new EntitySpan(0, 2, EntityClass.PER), new EntitySpan(2, 3, EntityClass.LOC),
            new EntitySpan(4, 6, EntityClass.LOC), new EntitySpan(6, 7, EntityClass.MISC)),
        NerScorer.predictedSpans(labels("PERSON PERSON LOCATION O CITY COUNTRY NATIONALITY DATE")));
  }

  @Test
  void mapsCoreNlpLabelsToConllClasses() {
    Map<String, Optional<EntityClass>> expected = Map.ofEntries(
        Map.entry("PERSON", Optional.of(EntityClass.PER)),
        Map.entry("LOCATION", Optional.of(EntityClass.LOC)),
        Map.entry("CITY", Optional.of(EntityClass.LOC)),
        Map.entry("COUNTRY", Optional.of(EntityClass.LOC)),
        Map.entry("STATE_OR_PROVINCE", Optional.of(EntityClass.LOC)),
        Map.entry("ORGANIZATION", Optional.of(EntityClass.ORG)),
        Map.entry("MISC", Optional.of(EntityClass.MISC)),
        Map.entry("NATIONALITY", Optional.of(EntityClass.MISC)),
        Map.entry("RELIGION", Optional.of(EntityClass.MISC)),
        Map.entry("IDEOLOGY", Optional.of(EntityClass.MISC)),
        Map.entry("TITLE", Optional.empty()),
        Map.entry("DATE", Optional.empty()),
        Map.entry("NUMBER", Optional.empty()),
        Map.entry("SOMETHING_NEW", Optional.empty()),
        Map.entry("O", Optional.empty()));
    expected.forEach((label, cls) -> assertEquals(cls, EntityClass.ofCoreNlp(label), label));
  }

  @Test
  void scoresExactMatchesOnly() {
    // gold: PER[0,2) LOC[3,4) LOC[4,5) ORG[6,7); predicted: PER[0,2) LOC[3,5)
    NerCounts c = NerScorer.score(
        tags("B-PER I-PER O B-LOC B-LOC O B-ORG"),
        labels("PERSON PERSON O LOCATION LOCATION O O"));
    assertEquals(new MatchCounts(4, 2, 1), c.overall());
    assertEquals(new MatchCounts(1, 1, 1), c.of(EntityClass.PER));
    assertEquals(new MatchCounts(2, 1, 0), c.of(EntityClass.LOC));
    assertEquals(new MatchCounts(1, 0, 0), c.of(EntityClass.ORG));
    assertEquals(MatchCounts.EMPTY, c.of(EntityClass.MISC));
    assertRates(c.overall(), 50.00, 25.00, 33.33);
    assertRates(c.of(EntityClass.ORG), 0, 0, 0);
  }

  @Test
  void wrongClassOrBoundaryIsBothAFalsePositiveAndAMiss() {
    NerCounts c = NerScorer.score(tags("B-ORG I-ORG O B-PER"), labels("ORGANIZATION O O LOCATION"));
    assertEquals(new MatchCounts(2, 2, 0), c.overall());
    assertEquals(new MatchCounts(0, 1, 0), c.of(EntityClass.LOC));
  }

  @Test
  void countsMergeAcrossSentences() {
    NerCounts a = NerScorer.score(tags("B-PER O"), labels("PERSON O"));
    NerCounts b = NerScorer.score(tags("B-LOC O"), labels("O ORGANIZATION"));
    NerCounts sum = a.plus(b);
    assertEquals(new MatchCounts(2, 2, 1), sum.overall());
    assertEquals(sum, b.plus(a));
    assertEquals(a, a.plus(NerCounts.EMPTY));
    assertRates(sum.overall(), 50, 50, 50);
  }

  @Test
  void rejectsLengthMismatchAndBadTags() {
    assertThrows(IllegalArgumentException.class, () -> NerScorer.score(tags("O O"), labels("O")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IobTag.parse("B-PERSON"));
    assertEquals(true, e.getMessage().contains("B-PERSON"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IobTag.parse("X-PER"));
  }
}
