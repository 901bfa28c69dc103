package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dateline.clean.Deduplicator;
import org.dateline.clean.near.Fingerprint;
import org.dateline.clean.near.NearDuplicateSettings;
import org.dateline.clean.near.Shingler;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;

class IntakeTest {

  private final RunCounts counts = new RunCounts();
  private final List<Sequenced<String>> released = new ArrayList<>();

  private Intake<String> intake(boolean strict) {
    return new Intake<>(PipelineConfig.defaults().withStrict(strict), counts, released::add);
  }

  private long nextRecord = 1;

  /** Offers the next record of f.json, its id as the payload, as a driver does after cleaning it. */
  private void offer(Intake<String> intake, String id, ArticleKind kind, String text, Problem repair) {
    Article article = Article.builder().id(id).kind(kind).text(text).origin(Origin.record("f.json", nextRecord++))
        .build();
    intake.record(Deduplicator.Key.of(article), article.origin(), id, repair);
  }

  private static final String STORY = "Workers of the Sinpo fishery completed the repair of twelve trawlers "
      + "ahead of the spring season and fitted new nets woven by the families of the fishermen.";

  /** As {@link #offer}, with the record's date and near-duplicate fingerprint, as Spark's driver gets them. */
  private void offerDated(Intake<String> intake, String id, ArticleKind kind, String date, String text) {
    Article article = Article.builder().id(id).kind(kind).text(text).origin(Origin.record("f.json", nextRecord++))
        .date(java.time.LocalDate.parse(date), org.dateline.model.DateSource.FIELD).build();
    intake.record(Deduplicator.Key.of(article), article.origin(), id, null, Fingerprint.of(article, new Shingler()));
  }

  @Test
  void dropReleasesTheRecordsLeftInReadingOrderOnceTheClustersAreKnown() {
    Intake<String> intake = new Intake<>(PipelineConfig.defaults().withNearDuplicates(
        new NearDuplicateSettings(NearDuplicateSettings.Mode.DROP, 0.5, null)), counts, released::add);
    offerDated(intake, "late", ArticleKind.ARTICLE, "2024-03-05", STORY + " It was reported again.");
    offerDated(intake, "teaser", ArticleKind.TEASER, "2024-03-04", "A teaser about something else entirely");
    offerDated(intake, "early", ArticleKind.ARTICLE, "2024-03-03", STORY);

    assertEquals(List.of(), released, "nothing goes on before the clusters are known");
    List<Sequenced<Problem>> problems = intake.finish();

    assertEquals(List.of(new Sequenced<>(1, "teaser"), new Sequenced<>(2, "early")), released);
    assertEquals(1, problems.size());
    assertEquals(0, problems.get(0).seq());
    assertEquals(ProblemKind.NEAR_DUPLICATE, problems.get(0).value().kind());
    assertTrue(problems.get(0).value().message().startsWith("near-duplicate of early at f.json#3 (estimated similarity 0."),
        problems.get(0).value().message());
    assertEquals(1, counts.get(Counter.DUPLICATES_NEAR));
    assertEquals(1, counts.get(Counter.NEAR_DUPLICATE_CLUSTERS));
    assertEquals(List.of("late", "early"), intake.nearDuplicates().members().stream()
        .map(m -> m.docId()).toList());
  }

  private static Problem problem(ProblemKind kind, long line) {
    return new Problem(Origin.line("f.txt", line), kind, "test");
  }

  @Test
  void numbersRecordsAndProblemsInReadingOrderAndReleasesTeasersLastWithTheirOwnNumbers() {
    Intake<String> intake = intake(false);
    offer(intake, "teaser", ArticleKind.TEASER, "A solar power plant was built", null);
    intake.problem(problem(ProblemKind.EMPTY_TEXT, 2));
    offer(intake, "a1", ArticleKind.ARTICLE, "Rural dwellings are springing up in Kangwon.", null);
    offer(intake, "inside", ArticleKind.TEASER, "Rural dwellings are springing up", null);
    offer(intake, "a2", ArticleKind.ARTICLE, "Another story.", null);

    assertEquals(List.of(new Sequenced<>(2, "a1"), new Sequenced<>(4, "a2")), released,
        "full articles go on at once, teasers wait");
    List<Sequenced<Problem>> problems = intake.finish();
    assertEquals(List.of(new Sequenced<>(2, "a1"), new Sequenced<>(4, "a2"), new Sequenced<>(0, "teaser")), released,
        "the teaser that opens no article comes last, with the number it got when read; the one inside a1 is dropped");
    assertEquals(List.of(new Sequenced<>(1, problem(ProblemKind.EMPTY_TEXT, 2))), problems);
    assertEquals(0, counts.get(Counter.DUPLICATES_EXACT));
    assertEquals(1, counts.get(Counter.DUPLICATES_TEASER_IN_ARTICLE));
  }

  @Test
  void notesRepeatedArticlesAndRepairsAndOnlyCountsRepeatedTeasers() {
    Intake<String> intake = intake(false);
    Problem repair = problem(ProblemKind.REPAIRED_GLUED_NAME, 1);
    offer(intake, "a1", ArticleKind.ARTICLE, "The same story.", repair);
    offer(intake, "t1", ArticleKind.TEASER, "A teaser", null);
    offer(intake, "a1 again", ArticleKind.ARTICLE, "the  SAME story.", null);
    offer(intake, "t1 again", ArticleKind.TEASER, "a teaser", null);
    List<Sequenced<Problem>> problems = intake.finish();

    assertEquals(List.of(new Sequenced<>(0, "a1"), new Sequenced<>(1, "t1")), released);
    assertEquals(2, problems.size(), problems::toString);
    assertEquals(new Sequenced<>(0, repair), problems.get(0));
    assertEquals(2, problems.get(1).seq());
    assertEquals(ProblemKind.DUPLICATE, problems.get(1).value().kind());
    assertEquals(Origin.record("f.json", 3), problems.get(1).value().origin());
    assertEquals(2, counts.get(Counter.DUPLICATES_EXACT));
    assertEquals(0, counts.get(Counter.DUPLICATES_TEASER_IN_ARTICLE));
  }

  @Test
  void strictStopsAtTheFirstProblemButNotAtARepair() {
    Intake<String> intake = intake(true);
    offer(intake, "a1", ArticleKind.ARTICLE, "The same story.", problem(ProblemKind.REPAIRED_GLUED_NAME, 1));
    PipelineException duplicate = assertThrows(PipelineException.class,
        () -> offer(intake, "a2", ArticleKind.ARTICLE, "The same story.", null));
    assertTrue(duplicate.getMessage().startsWith("--strict: stopped at the first problem"), duplicate.getMessage());
    assertTrue(duplicate.getMessage().contains(ProblemKind.DUPLICATE.label()), duplicate.getMessage());

    Intake<String> other = intake(true);
    PipelineException empty = assertThrows(PipelineException.class,
        () -> other.problem(problem(ProblemKind.EMPTY_TEXT, 7)));
    assertTrue(empty.getMessage().contains(ProblemKind.EMPTY_TEXT.label()), empty.getMessage());
  }

  @Test
  void refusesRecordsAfterFinishing() {
    Intake<String> intake = intake(false);
    intake.finish();
    assertThrows(IllegalStateException.class, () -> intake.problem(problem(ProblemKind.EMPTY_TEXT, 1)));
  }
}
