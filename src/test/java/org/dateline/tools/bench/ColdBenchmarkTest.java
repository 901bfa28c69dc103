package org.dateline.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.tools.bench.ColdBenchmark.Config;
import org.dateline.tools.bench.ColdBenchmark.ProcessRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdBenchmarkTest {

  @TempDir Path dir;

  @Test
  void inputHoldsEachDistinctArticleOnceWithItsTextForBothTools() throws Exception {
    Path corpus = dir.resolve("corpus.json");
    Files.writeString(corpus, """
        [{"date": "2024-03-01", "title": "One", "text": "Pyongyang, March 1 (KCNA) -- The talks atKim Il SungSquare went on."},
         {"date": "2024-03-02", "text": "A second story."},
         {"date": "2024-03-03", "text": "a   SECOND story."},
         {"date": "2024-03-04", "text": "A third story."}]
        """, StandardCharsets.UTF_8);

    ColdBenchmark.Input input = ColdBenchmark.prepare(corpus, dir.resolve("in"), Integer.MAX_VALUE);

    assertEquals(3, input.documents());
    List<String> files = Files.readAllLines(input.fileList());
    assertEquals(3, files.size());
    // The glued name is split as a run splits it, so CoreNLP and dateline annotate one text.
    assertEquals("Pyongyang, March 1 (KCNA) -- The talks at Kim Il Sung Square went on.",
        Files.readString(Path.of(files.get(0))));
    assertEquals("A third story.", Files.readString(Path.of(files.get(2))));
    String json = Files.readString(input.json());
    assertTrue(json.contains("\"date\":\"2024-03-04\""), json);
    assertTrue(json.contains("\"title\":\"One\""), json);
    assertEquals(2, ColdBenchmark.prepare(corpus, dir.resolve("two"), 2).documents());
  }

  @Test
  void kcna2024HasItsDistinctStories() throws Exception {
    Path corpus = Path.of("..", "shared", "corpora", "kcna-2024");
    assumeTrue(Files.isDirectory(corpus), "../shared is absent");
    assertEquals(1_059, ColdBenchmark.prepare(corpus, dir, Integer.MAX_VALUE).documents());
  }

  @Test
  void medianRatioDividesEachRoundsPair() {
    List<ProcessRun> runs = List.of(
        run(Config.DATELINE_FULL, 1, 80), run(Config.CORENLP_CLI, 1, 100),
        run(Config.CORENLP_CLI, 2, 90), run(Config.DATELINE_FULL, 2, 60),
        run(Config.DATELINE_FULL, 3, 100), run(Config.CORENLP_CLI, 3, 110));
    // ratios 1.25, 1.5, 1.1
    assertEquals(1.25, ColdBenchmark.medianRatio(runs, Config.DATELINE_FULL, Config.CORENLP_CLI), 1e-9);
    assertEquals(80, ColdBenchmark.medianSeconds(runs, Config.DATELINE_FULL), 1e-9);
    assertEquals(100, ColdBenchmark.medianSeconds(runs, Config.CORENLP_CLI), 1e-9);
    assertEquals(2.5, ColdBenchmark.median(List.of(4.0, 1.0, 2.0, 3.0)), 1e-9);
    assertTrue(Double.isNaN(ColdBenchmark.medianSeconds(runs, Config.DATELINE_WARM)));
    assertEquals(160, ColdBenchmark.medianCpuSeconds(runs, Config.DATELINE_FULL), 1e-9);
  }

  @Test
  void cpuTimeOfAProcessIsReadFromItsStatFile() throws Exception {
    Path stat = dir.resolve("stat");
    // pid (comm with spaces) state ppid ... utime=250 stime=50 ticks
    Files.writeString(stat, "4242 (java main) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 3 0 1 2 3\n");
    assertEquals(3_000_000_000L, ColdBenchmark.cpuNanos(stat));
    assertEquals(-1, ColdBenchmark.cpuNanos(dir.resolve("no-such-stat")));
  }

  private static ProcessRun run(Config config, int round, double seconds) {
    return new ProcessRun(config, round, (long) (seconds * 1e9), 10, 1000, -1, (long) (2 * seconds * 1e9));
  }
}
