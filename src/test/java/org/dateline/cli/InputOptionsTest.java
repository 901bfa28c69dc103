package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Options of the input side that are refused before anything is read or loaded, and the glued
 * names the input side splits; over {@link FakeModels}, which tokenize at word boundaries.
 */
class InputOptionsTest {

  @TempDir Path dir;

  private Run run(String... options) throws Exception {
    Path input = Files.writeString(dir.resolve("news.jsonl"),
        "{\"date\":\"2024-03-14\",\"text\":\"The delegation arrived in Pyongyang on Thursday.\"}\n");
    String[] args = new String[options.length + 7];
    args[0] = "run";
    args[1] = "-q";
    args[2] = "--layers";
    args[3] = "terms";
    args[4] = "--no-cache";
    System.arraycopy(options, 0, args, 5, options.length);
    args[args.length - 2] = "-o" + dir.resolve("out");
    args[args.length - 1] = input.toString();
    return MainTest.run(args);
  }

  @Test
  void aDateOutsideTheAcceptedYearsIsRefused() throws Exception {
    Run r = run("--date", "1700-01-01");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--date: 1700-01-01 lies outside the accepted years 1800 to"), r.err());
    assertEquals(2, run("--date", "9999-12-31").exit());
  }

  @Test
  void anUnknownTimeZoneIsRefused() throws Exception {
    Run r = run("--timezone", "Mars/Olympus");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("'Mars/Olympus' is not a time zone"), r.err());
  }

  @Test
  void aLanguageTheDetectorCannotReturnIsRefused() throws Exception {
    Run r = run("--languages", "en,nl");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("'nl' is not a language the detector can tell"), r.err());
    assertTrue(r.err().contains("ar,de,en,es,fr,it,ja,ko,pt,ru,zh"), r.err());
  }

  @Test
  void namesWithoutSplittingIsRefused() throws Exception {
    Path names = Files.writeString(dir.resolve("names.txt"), "Choe Ryong Hae\n");
    Run r = run("--no-split-glued-names", "--names", names.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("--no-split-glued-names"), r.err());
  }

  @Test
  void gluedNamesAreSplitByDefaultAndCountedInTheSummary() throws Exception {
    Path input = Files.writeString(dir.resolve("glued.jsonl"),
        "{\"date\":\"2024-04-15\",\"text\":\"Comrade Kim Jong Unreceived the delegation atKim Il SungSquare.\"}\n"
            + "{\"date\":\"2024-04-15\",\"text\":\"Comrade Kim Jong Un inspected a farm.\"}\n");
    Path out = dir.resolve("split");
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(FakeModels.ASSEMBLY, new String[] {"run", "-q", "--layers", "terms", "--no-cache",
        "-o", out.toString(), input.toString()}, new PrintWriter(stdout, true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    // A repair is not a problem of the record: it is counted as repaired, the kind below.
    assertTrue(stdout.toString().contains("0 records skipped, 1 repaired, 0 notes (see errors.csv)\n"
        + "  repaired: repaired_glued_name 1\n"), stdout.toString());
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"problem_repaired_glued_name\": 1"), manifest);
    assertTrue(manifest.contains("\"records_repaired\": 1"), manifest);
    assertTrue(manifest.contains("\"records_skipped\": 0"), manifest);
    assertTrue(Files.readString(out.resolve("errors.csv")).contains(",repaired_glued_name,"), manifest);
    assertTrue(Files.readAllLines(out.resolve("errors.csv")).get(1).endsWith(",repaired"));
    assertTrue(manifest.contains("\"timezone\": \"UTC\""), manifest);
    assertTrue(manifest.matches("(?s).*\"records_at\"\\s*:\\s*\\[\\s*\"\\$\"\\s*].*"), manifest);
    assertTrue(Files.readString(out.resolve("terms_by_date.csv")).contains("2024-04-15,received,1,"));

    Path plain = dir.resolve("plain");
    stdout = new StringWriter();
    exit = Main.execute(FakeModels.ASSEMBLY, new String[] {"run", "-q", "--layers", "terms", "--no-cache",
        "--no-split-glued-names", "-o", plain.toString(), input.toString()},
        new PrintWriter(stdout, true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    assertTrue(stdout.toString().contains("0 records skipped, 0 repaired, 0 notes (see errors.csv)\n"), stdout.toString());
    assertTrue(!stdout.toString().contains("repaired_glued_name"), stdout.toString());
    assertEquals(1, Files.readAllLines(plain.resolve("errors.csv")).size());
    assertTrue(Files.readString(plain.resolve("terms_by_date.csv")).contains("2024-04-15,unreceived,1,"));
  }
}
