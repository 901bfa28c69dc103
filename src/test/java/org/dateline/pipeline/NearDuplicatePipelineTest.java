package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.aggregate.TermRow;
import org.dateline.clean.FixedLanguage;
import org.dateline.clean.near.NearDuplicateSettings;
import org.dateline.clean.near.NearDuplicateSettings.Mode;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.dateline.report.RunReports;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-duplicates from input file to near_duplicates.csv, errors.csv and the term counts. */
class NearDuplicatePipelineTest {

  @TempDir Path dir;

  private static final String STORY = "Workers of the Sinpo fishery completed the repair of twelve trawlers ahead of "
      + "the spring season. The crews replaced the engines of seven boats and fitted new nets woven by the families "
      + "of the fishermen. The enterprise plans to land 4500 tons of pollack this year and has built two cold "
      + "stores by the harbour.";

  private static final String OTHER = "A vegetable greenhouse farm covering 30 hectares went into operation in "
      + "Jungphyong on Monday. The farm has more than 300 greenhouses heated by a biogas plant and grows cucumbers "
      + "all year round.";

  /** The story republished two days later with a new dateline and a changed figure, before the original in the file. */
  private static final String RECORDS = "["
      + "{\"id\": \"repost\", \"date\": \"2024-03-05\", \"text\": \"Pyongyang, March 5 (KCNA) -- "
      + STORY.replace("twelve", "fourteen") + "\"},\n"
      + " {\"id\": \"other\", \"date\": \"2024-03-04\", \"text\": \"" + OTHER + "\"},\n"
      + " {\"id\": \"original\", \"date\": \"2024-03-03\", \"text\": \"Pyongyang, March 3 (KCNA) -- " + STORY + "\"},\n"
      + " {\"id\": \"copy-same-day\", \"date\": \"2024-03-03\", \"text\": \"" + STORY + " Officials praised them.\"}]";

  private RunResult run(NearDuplicateSettings near, int threads, boolean strict) throws Exception {
    Path input = Files.writeString(dir.resolve("stories.json"), RECORDS);
    PipelineConfig config = PipelineConfig.defaults().withThreads(threads).withStrict(strict)
        .withNearDuplicates(near);
    return pipeline(config).run(List.of(input));
  }

  private static Pipeline pipeline(PipelineConfig config) {
    return new Pipeline(config, FakeAnnotator.terms(), FixedLanguage.english(), ProgressListener.NONE);
  }

  private static long count(RunResult r, String term) {
    return r.tables().terms().rows().stream().filter(t -> t.term().equals(term)).mapToLong(TermRow::count).sum();
  }

  @Test
  void reportListsTheClusterAndChangesNoCount() throws Exception {
    RunResult off = run(NearDuplicateSettings.off(), 1, false);
    RunResult report = run(NearDuplicateSettings.defaults(), 1, false);

    assertEquals(4, report.documents().size());
    assertEquals(off.tables().terms().rows(), report.tables().terms().rows());
    assertEquals(off.problems(), report.problems());
    assertEquals(3, count(report, "trawlers"));
    assertEquals(1, report.counts().get(Counter.NEAR_DUPLICATE_CLUSTERS));
    assertEquals(3, report.counts().get(Counter.NEAR_DUPLICATE_RECORDS));
    assertEquals(3, report.counts().get(Counter.NEAR_DUPLICATE_LARGEST_CLUSTER));
    assertEquals(0, off.counts().get(Counter.NEAR_DUPLICATE_CLUSTERS));
    assertTrue(off.counts().entries().stream().noneMatch(e -> e.name().startsWith("near_duplicate")));

    Path out = dir.resolve("report");
    RunReports.write(report, pipeline(PipelineConfig.defaults().withThreads(1)).settings(), out);
    List<String> lines = Files.readAllLines(out.resolve("near_duplicates.csv"));
    assertEquals("cluster,doc_id,date,kept,similarity_to_kept,words", lines.get(0));
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(1).startsWith("1,repost,2024-03-05,0,0."), lines.get(1));
    assertEquals("1,original,2024-03-03,1,1,55", lines.get(2), "the dateline is not counted");
    assertTrue(lines.get(3).startsWith("1,copy-same-day,2024-03-03,0,0."), lines.get(3));
    assertTrue(lines.get(3).endsWith(",58"), lines.get(3));
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"near_duplicate_clusters\": 1"), manifest);
    assertTrue(manifest.contains("\"near_duplicate_largest_cluster\": 3"), manifest);
    assertTrue(manifest.contains("\"near_duplicates\": \"report, J >= " + NearDuplicateSettings.DEFAULT_THRESHOLD
        + ", any dates\""), manifest);

    // off writes no near_duplicates.csv and removes an older one
    RunReports.write(off, pipeline(PipelineConfig.defaults().withThreads(1)
        .withNearDuplicates(NearDuplicateSettings.off())).settings(), out);
    assertFalse(Files.exists(out.resolve("near_duplicates.csv")));
  }

  @Test
  void dropKeepsTheEarliestDatedAndSkipsTheOthersFromEveryTable() throws Exception {
    RunResult drop = run(new NearDuplicateSettings(Mode.DROP, NearDuplicateSettings.DEFAULT_THRESHOLD, null), 1,
        false);

    assertEquals(List.of("other", "original"), drop.documents().stream().map(d -> d.docId()).toList());
    assertEquals(1, count(drop, "trawlers"));
    assertEquals(1, count(drop, "greenhouses"));
    assertEquals(2, drop.counts().get(Counter.DUPLICATES_NEAR));
    assertEquals(2, drop.counts().problems(ProblemKind.NEAR_DUPLICATE));
    List<Problem> problems = drop.problems();
    assertEquals(2, problems.size());
    assertEquals(1, problems.get(0).origin().position());
    assertEquals(4, problems.get(1).origin().position());
    for (Problem p : problems) {
      assertEquals(ProblemKind.NEAR_DUPLICATE, p.kind());
      assertTrue(p.message().matches("near-duplicate of original at .*stories\\.json#3 \\(estimated similarity "
          + "0\\.\\d\\d\\), which is kept; skipped"), p.message());
    }
    assertEquals(3, drop.nearDuplicates().members().size());
  }

  @Test
  void theWindowKeepsRecordsDatedFurtherApartOutOfAClusterAndTheThreadCountChangesNothing() throws Exception {
    RunResult window = run(new NearDuplicateSettings(Mode.DROP, NearDuplicateSettings.DEFAULT_THRESHOLD, 1), 1,
        false);
    assertEquals(List.of("repost", "other", "original"), window.documents().stream().map(d -> d.docId()).toList());

    RunResult one = run(new NearDuplicateSettings(Mode.DROP, NearDuplicateSettings.DEFAULT_THRESHOLD, null), 1,
        false);
    RunResult four = run(new NearDuplicateSettings(Mode.DROP, NearDuplicateSettings.DEFAULT_THRESHOLD, null), 4,
        false);
    assertEquals(one.nearDuplicates(), four.nearDuplicates());
    assertEquals(one.documents(), four.documents());
    assertEquals(one.tables().terms().rows(), four.tables().terms().rows());
  }

  @Test
  void strictStopsAtADroppedNearDuplicateButNotAtAReportedOne() throws Exception {
    assertEquals(4, run(NearDuplicateSettings.defaults(), 1, true).documents().size());
    PipelineException e = assertThrows(PipelineException.class,
        () -> run(new NearDuplicateSettings(Mode.DROP, NearDuplicateSettings.DEFAULT_THRESHOLD, null), 1, true));
    assertTrue(e.getMessage().contains("near_duplicate"), e.getMessage());
  }
}
