package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Origin;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to vanish without a trace: each now gets one row in errors.csv. */
class EmptyAndSpecialFilesTest {

  @TempDir Path dir;

  private CorpusAssertions.Collected read(Path... inputs) throws Exception {
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    new CorpusReader(LoadOptions.defaults()).read(List.of(inputs), c);
    return c;
  }

  @Test
  void emptyJsonJsonLinesAndCsvFilesAreListed() throws Exception {
    Path json = Files.write(dir.resolve("a.json"), new byte[0]);
    Path jsonl = Files.writeString(dir.resolve("b.jsonl"), "\n \n");
    Path csv = Files.write(dir.resolve("c.csv"), new byte[0]);
    CorpusAssertions.Collected c = read(json, jsonl, csv);
    assertEquals(List.of(), c.articles);
    assertEquals(3, c.problemsOf(ProblemKind.EMPTY_TEXT).size());
    assertEquals(Origin.line(json.toString(), 0), c.problems.get(0).origin());
    assertEquals(3, c.problems.size());
  }

  @Test
  void aPipeIsListedInsteadOfBlockingTheRun() throws Exception {
    Path fifo = dir.resolve("pipe.json");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(p.waitFor() == 0, "mkfifo is not available here");
    CorpusAssertions.Collected given = read(fifo);
    assertEquals(1, given.problemsOf(ProblemKind.UNREADABLE_FILE).size());
    CorpusAssertions.Collected walked = read(dir);
    assertEquals(1, walked.problemsOf(ProblemKind.UNREADABLE_FILE).size());
  }

  @Test
  void aWindows1252FileIsReadAndListedAsRepaired() throws Exception {
    Path txt = Files.write(dir.resolve("quotes.txt"),
        "He said \u201chello\u201d.\n".getBytes("windows-1252"));
    CorpusAssertions.Collected c = read(txt);
    assertEquals("He said \u201chello\u201d.", c.articles.get(0).text().strip());
    assertEquals(1, c.problemsOf(ProblemKind.REPAIRED_ENCODING).size());
  }

  @Test
  void aUtf8CharacterAcrossTheScanBufferBoundaryIsNotARepair() throws Exception {
    // The scan reads 64 KiB at a time; the three bytes of the apostrophe straddle the first boundary.
    String text = "a".repeat(65_535) + "\u2019s end.\n";
    Path txt = Files.write(dir.resolve("long.txt"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CorpusAssertions.Collected c = read(txt);
    assertEquals(List.of(), c.problems);
    assertEquals(text.strip(), c.articles.get(0).text().strip());
  }

  @Test
  void aFileCutInsideAUtf8CharacterIsReadAsWindows1252() throws Exception {
    byte[] cut = java.util.Arrays.copyOf("It was \u2019".getBytes(java.nio.charset.StandardCharsets.UTF_8), 9);
    Path txt = Files.write(dir.resolve("cut.txt"), cut);
    assertEquals(1, read(txt).problemsOf(ProblemKind.REPAIRED_ENCODING).size());
  }
}
