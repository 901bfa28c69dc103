package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;

class RunCountsTest {

  @Test
  void listsEveryCounterAddedToByItsManifestNameInNameOrder() {
    RunCounts counts = new RunCounts();
    counts.add(Counter.TOKENS, 12);
    counts.incrementLanguage("en");
    counts.incrementProblem(ProblemKind.EMPTY_TEXT);
    counts.incrementProblem(ProblemKind.EMPTY_TEXT);
    counts.add(Counter.DUPLICATES_EXACT, 0);
    counts.increment(Counter.ANNOTATED_ARTICLES);

    assertEquals(List.of("annotated_articles", "duplicates_exact", "language_en", "problem_empty_text", "tokens"),
        counts.entries().stream().map(RunCounts.Entry::name).toList());
    assertEquals(List.of(1L, 0L, 1L, 2L, 12L), counts.entries().stream().map(RunCounts.Entry::value).toList());
    assertEquals(2, counts.problems(ProblemKind.EMPTY_TEXT));
    assertEquals(1, counts.get(new RunCounts.LanguageCount("en")));
    assertEquals(0, counts.get(Counter.SENTENCES));
  }

  @Test
  void entriesMadeElsewhereAddUpAfterTheyTravel() throws Exception {
    RunCounts executor = new RunCounts();
    executor.add(Counter.READ_ARTICLES, 3);
    executor.incrementLanguage("und");
    executor.incrementProblem(ProblemKind.BAD_DATE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(executor.entries());
    }
    @SuppressWarnings("unchecked")
    List<RunCounts.Entry> shipped = (List<RunCounts.Entry>) new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray())).readObject();

    RunCounts driver = new RunCounts();
    driver.add(Counter.READ_ARTICLES, 2);
    driver.addAll(shipped);
    assertEquals(5, driver.get(Counter.READ_ARTICLES));
    assertEquals(1, driver.get(new RunCounts.LanguageCount("und")));
    assertEquals(1, driver.problems(ProblemKind.BAD_DATE));
  }

  @Test
  void stageTimingsListStagesInStageOrderInWholeMilliseconds() {
    StageTimings timings = new StageTimings();
    assertEquals(List.of(), timings.entries());
    timings.record(StageTimings.Stage.AGGREGATE, Duration.ofNanos(36_999_999));
    assertEquals(List.of(new StageTimings.Entry(StageTimings.Stage.AGGREGATE, 36)), timings.entries());
    assertEquals("aggregate", StageTimings.Stage.AGGREGATE.label());
  }
}
