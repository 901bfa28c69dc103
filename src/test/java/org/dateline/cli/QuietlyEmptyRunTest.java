package org.dateline.cli;

import static org.dateline.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that would measure nothing or count twice without a word: undated records, an earlier
 * output folder inside the input, an input named twice, an empty input path, file names shared
 * by two folders. Over {@link FakeModels}, since all of it is decided while reading.
 */
class QuietlyEmptyRunTest {

  @TempDir Path dir;

  private Run runTerms(Path out, String... inputsAndOptions) {
    List<String> all = new ArrayList<>(List.of("run", "-q", "--layers", "terms", "--no-cache", "-o"));
    all.add(out.toString());
    all.addAll(List.of(inputsAndOptions));
    return run(all.toArray(String[]::new));
  }

  private static List<String> column(Path csv, int column) throws Exception {
    return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)[column]).toList();
  }

  @Test
  void undatedRecordsAreCountedInTheLastLineAndOneRowPerFile() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("feed.json"),
        "[{\"uid\": \"x1\", \"text\": \"Rice was planted.\"}, {\"uid\": \"x2\", \"text\": \"Wheat grew tall.\"}]");
    Files.writeString(in.resolve("dated.jsonl"), "{\"date\": \"2024-03-01\", \"text\": \"Barley was sown.\"}\n");
    Path out = dir.resolve("out");
    Run r = runTerms(out, in.toString());
    assertEquals(0, r.exit(), r.err());
    String[] lines = r.out().strip().split("\n");
    String last = lines[lines.length - 1];
    assertTrue(last.startsWith("2 of 3 documents have no date"), r.out());
    assertTrue(last.contains("--date-field NAME") && last.contains("--date YYYY-MM-DD"), last);
    List<String> errors = Files.readAllLines(out.resolve("errors.csv"));
    assertEquals("file,record,unit,kind,message,effect", errors.get(0));
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(1).startsWith(in.resolve("feed.json").toString().replace('\\', '/') + ",0,line,undated,"
        + "\"2 record(s) name no date"), errors.get(1));
    assertTrue(errors.get(1).contains("Their keys: text, uid."), errors.get(1));
  }

  @Test
  void aDetectedDateFieldDatesTheRecordsAndIsNamedInTheManifest() throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.json"),
        "[{\"pub_time\": {\"$date\": \"2024-03-01T09:00:00Z\"}, \"text\": \"Rice was planted.\"},"
            + " {\"pub_time\": {\"$date\": {\"$numberLong\": \"1709337600000\"}}, \"text\": \"Wheat grew tall.\"}]");
    Path out = dir.resolve("out");
    Run r = runTerms(out, feed.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("2024-03-01", "2024-03-02"), column(out.resolve("documents.csv"), 1));
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"date_field_detected\": \"pub_time\""),
        Files.readString(out.resolve("manifest.json")));
    assertFalse(r.out().contains("have no date"), r.out());
    assertEquals(1, Files.readAllLines(out.resolve("errors.csv")).size());
  }

  @Test
  void anEarlierOutputInsideTheInputIsSkippedWithANoticeEvenUnderStrict() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("news.jsonl"), "{\"date\": \"2024-03-01\", \"text\": \"Rice was planted.\"}\n");
    Path first = in.resolve("first-run");
    assertEquals(0, runTerms(first, in.toString()).exit());
    assertTrue(Files.exists(first.resolve("bursts.csv")));

    Path second = dir.resolve("second-run");
    Run r = runTerms(second, "--strict", in.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.err().lines().filter(l -> l.contains("earlier dateline output folder")).count(), r.err());
    assertEquals(1, Files.readAllLines(second.resolve("errors.csv")).size());
    assertEquals(List.of("news.jsonl:1"), column(second.resolve("documents.csv"), 0));
  }

  @Test
  void theSameInputNamedTwiceIsReadOnce() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = Files.writeString(in.resolve("a.json"), "[{\"date\": \"2024-03-01\", \"text\": \"Rice was planted.\"}]");
    Path out = dir.resolve("out");
    Run r = runTerms(out, a.toString(), a.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("1 documents"), r.out());
    assertTrue(r.err().contains("read once"), r.err());

    Run folder = runTerms(dir.resolve("out2"), in.toString(), in + "/./");
    assertEquals(0, folder.exit(), folder.err());
    assertTrue(folder.out().startsWith("1 documents"), folder.out());
  }

  @Test
  void anEmptyInputPathIsRefusedBeforeAnyWork() {
    long t0 = System.nanoTime();
    Run r = runTerms(dir.resolve("out"), "");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("empty path"), r.err());
    assertFalse(Files.exists(dir.resolve("out")));
    assertTrue(System.nanoTime() - t0 < 10_000_000_000L);
  }

  @Test
  void documentIdsStayUniqueWhenFileNamesCollide() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.writeString(in.resolve("a/2024-01-01.txt"), "Rice was planted in the northern provinces this week.\n");
    Files.writeString(in.resolve("b/2024-01-01.txt"), "Wheat was harvested in the southern provinces this week.\n");
    Path out = dir.resolve("out");
    Run r = runTerms(out, in.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("a/2024-01-01.txt:1", "b/2024-01-01.txt:1"), column(out.resolve("documents.csv"), 0));
    assertEquals(List.of("2024-01-01", "2024-01-01"), column(out.resolve("documents.csv"), 1));
  }
}
