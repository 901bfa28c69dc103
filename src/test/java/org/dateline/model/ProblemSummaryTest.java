package org.dateline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemSummaryTest {

  private static Problem problem(ProblemKind kind) {
    return new Problem(Origin.record("in/a.json", 1), kind, "m");
  }

  @Test
  void eachKindHasTheEffectErrorsCsvDocuments() {
    Map<ProblemKind, ProblemEffect> expected = new EnumMap<>(ProblemKind.class);
    for (ProblemKind k : List.of(ProblemKind.UNREADABLE_FILE, ProblemKind.UNKNOWN_FORMAT, ProblemKind.MALFORMED_RECORD,
        ProblemKind.NULL_RECORD, ProblemKind.EMPTY_TEXT, ProblemKind.LANGUAGE_NOT_KEPT, ProblemKind.NO_ARTICLE_TEXT, ProblemKind.TOO_LARGE,
        ProblemKind.ANNOTATION_FAILED, ProblemKind.DUPLICATE, ProblemKind.NEAR_DUPLICATE)) {
      expected.put(k, ProblemEffect.SKIPPED);
    }
    expected.put(ProblemKind.REPAIRED_ENCODING, ProblemEffect.REPAIRED);
    expected.put(ProblemKind.REPAIRED_GLUED_NAME, ProblemEffect.REPAIRED);
    expected.put(ProblemKind.BAD_DATE, ProblemEffect.KEPT);
    expected.put(ProblemKind.UNDATED, ProblemEffect.KEPT);
    assertEquals(ProblemKind.values().length, expected.size(), "a new kind needs its effect decided here");
    for (ProblemKind k : ProblemKind.values()) {
      assertEquals(expected.get(k), k.effect(), k.label());
      assertEquals(k.effect() == ProblemEffect.SKIPPED, k.skipsRecord(), k.label());
    }
  }

  @Test
  void theSampleCorpusReadsAsSkippedRepairedAndNotes() {
    List<Problem> problems = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      problems.add(problem(ProblemKind.REPAIRED_GLUED_NAME));
    }
    for (int i = 0; i < 6; i++) {
      problems.add(problem(ProblemKind.EMPTY_TEXT));
    }
    ProblemSummary s = ProblemSummary.of(problems);
    assertEquals("6 records skipped, 21 repaired, 0 notes", s.line());
    assertEquals(List.of("skipped: empty_text 6", "repaired: repaired_glued_name 21"), s.kindLines());
    assertEquals(21, s.count(ProblemEffect.REPAIRED));
  }

  @Test
  void oneOfAKindIsSingularAndKindsAreSortedUnderTheirEffect() {
    ProblemSummary s = ProblemSummary.of(List.of(problem(ProblemKind.UNDATED), problem(ProblemKind.DUPLICATE),
        problem(ProblemKind.BAD_DATE), problem(ProblemKind.BAD_DATE)));
    assertEquals("1 record skipped, 0 repaired, 3 notes", s.line());
    assertEquals(List.of("skipped: duplicate 1", "kept: bad_date 2, undated 1"), s.kindLines());
    assertEquals("0 records skipped, 0 repaired, 0 notes", ProblemSummary.of(List.of()).line());
    assertEquals(List.of(), ProblemSummary.of(List.of()).kindLines());
  }
}
