package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.dateline.report.DocumentColumn;
import org.dateline.report.EntityColumn;
import org.dateline.report.EntitySentimentColumn;
import org.dateline.report.ProblemColumn;
import org.dateline.report.ReportColumn;
import org.dateline.report.SentimentColumn;
import org.dateline.report.TermColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  /** What one command printed and returned, and how long it took. */
  record Result(int exit, String out, String err, long millis) {}

  private static Result report(Path folder) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    long t0 = System.nanoTime();
    int exit = Main.execute(new String[] {"report", folder.toString()}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    return new Result(exit, out.toString(), err.toString(), (System.nanoTime() - t0) / 1_000_000);
  }

  private static <C extends Enum<C> & ReportColumn<?>> String header(Class<C> columns) {
    return Arrays.stream(columns.getEnumConstants()).map(ReportColumn::header).collect(Collectors.joining(","));
  }

  /**
   * A folder as a terms-and-sentiment run without research tables writes it, by hand, so that
   * the checks are tried without any annotation: two dated documents and one undated.
   */
  private Path folder() throws Exception {
    Path f = Files.createDirectories(dir.resolve("out"));
    Files.writeString(f.resolve("manifest.json"), "{\n  \"program\": \"dateline\",\n  \"version\": \"0.1.0\",\n"
        + "  \"started\": \"2026-02-01T10:00:00Z\",\n  \"finished\": \"2026-02-01T10:05:00Z\",\n"
        + "  \"settings\": {\n    \"period\": \"day\",\n    \"research_tables\": \"off\"\n  },\n"
        + "  \"inputs\": [],\n  \"counts\": {\n    \"documents\": 3\n  }\n}\n");
    write(f, "documents.csv", header(DocumentColumn.class),
        "a#1,2024-04-15,field,KCNA,article,\"A title\nover two lines\",,en,6,1,1,0,0.1,0,0,in/a.json#1",
        "a#2,2024-04-16,field,KCNA,article,Harvest,,en,5,1,0,0,0,0.2,0.1,in/a.json#2",
        "a#3,,,KCNA,article,Undated,,en,4,1,0,,,,,in/a.json#3");
    write(f, "terms_by_date.csv", header(TermColumn.class),
        "2024-04-15,harvest,1,1,1666.6667", "2024-04-16,harvest,2,1,4000", "2024-04-16,farmers,1,1,2000");
    write(f, "entities_by_date.csv", header(EntityColumn.class), "2024-04-15,Pyongyang,LOCATION,1,1");
    write(f, "sentiment_by_date.csv", header(SentimentColumn.class),
        "2024-04-15,corenlp,1,1,0.1,,,,0,1,0,0,0,1,0,0", "2024-04-16,vader,1,1,0.2,,,,0,0,1,,,,,");
    write(f, "entity_sentiment_by_date.csv", header(EntitySentimentColumn.class));
    write(f, "errors.csv", header(ProblemColumn.class), "in/a.json,3,record,bad_date,no date,kept");
    return f;
  }

  private static void write(Path folder, String file, String... lines) throws Exception {
    Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static void replace(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " holds " + from);
    Files.writeString(file, text.replace(from, to));
  }

  /** Refused with exit 1, the message in full on one line, no page written, in seconds. */
  private static String refused(Path folder) {
    Result r = report(folder);
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    assertFalse(Files.exists(folder.resolve("report.html")), "no page from a folder it refused");
    assertFalse(r.err().contains("Exception"), r.err());
    // Nothing on the report's path loads a model; the checks read a few small files.
    assertTrue(r.millis() < 5_000, "answered in " + r.millis() + " ms");
    return r.err().strip();
  }

  @Test
  void aWholeFolderGivesThePageAndItsFigures() throws Exception {
    Path f = folder();
    Result r = report(f);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("wrote " + f.resolve("report.html")), r.out());
    String page = Files.readString(f.resolve("report.html"));
    assertTrue(page.contains("[\"2024-04-16\",\"harvest\",\"2\",\"1\",\"4000\"]"), "the harvest row is embedded");
    assertTrue(page.contains("\"documents\":3,\"undated_documents\":1"), "documents and undated are counted");
    assertTrue(page.contains("\"problems_by_kind\":[[\"kept\",\"bad_date\",1]]"), "the problem is a note");
  }

  @Test
  void theProblemsAreCountedByEffectThenKind() throws Exception {
    Path f = folder();
    write(f, "errors.csv", header(ProblemColumn.class), "in/a.json,3,record,bad_date,no date,kept",
        "in/b.json,1,record,empty_text,no text,skipped", "in/b.json,2,record,repaired_glued_name,spaces,repaired",
        "in/b.json,4,record,empty_text,no text,skipped");
    Result r = report(f);
    assertEquals(0, r.exit(), r.err());
    String page = Files.readString(f.resolve("report.html"));
    assertTrue(page.contains("\"problems_by_kind\":[[\"skipped\",\"empty_text\",2],"
        + "[\"repaired\",\"repaired_glued_name\",1],[\"kept\",\"bad_date\",1]]"), "by effect, then kind");
  }

  @Test
  void aRenamedPeriodColumnIsRefusedNamingFileLineAndColumn() throws Exception {
    Path f = folder();
    replace(f.resolve("terms_by_date.csv"), "period,term", "day,term");
    assertEquals("dateline: " + f.resolve("terms_by_date.csv") + " line 1: no column 'period' (the header holds "
        + "day,term,count,doc_freq,per_10k; dateline writes period,term,count,doc_freq,per_10k); rewrite the folder"
        + " with 'dateline run'", refused(f));
  }

  @Test
  void aRenamedFigureColumnIsRefused() throws Exception {
    Path f = folder();
    replace(f.resolve("terms_by_date.csv"), "doc_freq,per_10k", "doc_freq,rate");
    assertTrue(refused(f).startsWith("dateline: " + f.resolve("terms_by_date.csv") + " line 1: no column 'per_10k'"));
  }

  @Test
  void aCellThatIsNoNumberIsRefusedNamingFileLineAndColumn() throws Exception {
    Path f = folder();
    replace(f.resolve("terms_by_date.csv"), "2024-04-16,harvest,2,1,4000", "2024-04-16,harvest,2,1,abc");
    assertEquals("dateline: " + f.resolve("terms_by_date.csv") + " line 3, column 'per_10k': 'abc' is not a number;"
        + " rewrite the folder with 'dateline run'", refused(f));
  }

  @Test
  void numbersAreTheTablesNumbersNotJavasNorJavaScripts() throws Exception {
    for (String bad : new String[] {"NaN", "Infinity", "1d", "0x10", "1e", " 2", "1,5", "--1", "."}) {
      Path f = folder();
      replace(f.resolve("terms_by_date.csv"), "2024-04-16,farmers,1,1,2000", "2024-04-16,farmers," + bad + ",1,2000");
      String quoted = bad.contains(",") ? "\"" + bad + "\"" : bad;
      if (!quoted.equals(bad)) {
        replace(f.resolve("terms_by_date.csv"), "farmers," + bad, "farmers," + quoted);
      }
      assertEquals("dateline: " + f.resolve("terms_by_date.csv") + " line 4, column 'count': '" + bad
          + "' is not a number; rewrite the folder with 'dateline run'", refused(f));
      Files.walk(f).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void aLineAfterAQuotedLineBreakIsNamedAsTheFileNumbersIt() throws Exception {
    Path f = folder();
    // documents.csv line 2 holds a title over two lines, so the second document starts on line 4
    replace(f.resolve("documents.csv"), "Harvest,,en,5,", "Harvest,,en,five,");
    assertEquals("dateline: " + f.resolve("documents.csv") + " line 4, column 'tokens': 'five' is not a number;"
        + " rewrite the folder with 'dateline run'", refused(f));
  }

  @Test
  void aDateThatIsNoDateIsRefused() throws Exception {
    Path f = folder();
    replace(f.resolve("entities_by_date.csv"), "2024-04-15,Pyongyang", "2024-13-15,Pyongyang");
    assertEquals("dateline: " + f.resolve("entities_by_date.csv") + " line 2, column 'period': '2024-13-15' is not a"
        + " date (YYYY-MM-DD); rewrite the folder with 'dateline run'", refused(f));
    f = Files.createDirectories(dir.resolve("second"));
    Files.move(dir.resolve("out"), f.resolve("out"));
    Path g = folder();
    replace(g.resolve("documents.csv"), "a#2,2024-04-16,", "a#2,16/04/2024,");
    assertTrue(refused(g).contains("documents.csv line 4, column 'date': '16/04/2024' is not a date (YYYY-MM-DD)"));
  }

  @Test
  void anEmptyPeriodIsRefusedWhileAnUndatedDocumentIsNot() throws Exception {
    Path f = folder();
    replace(f.resolve("terms_by_date.csv"), "2024-04-15,harvest", ",harvest");
    assertEquals("dateline: " + f.resolve("terms_by_date.csv") + " line 2, column 'period': '' is empty where a date"
        + " (YYYY-MM-DD) belongs; rewrite the folder with 'dateline run'", refused(f));
  }

  @Test
  void aFolderWithOnlyItsManifestIsRefusedNamingTheMissingTables() throws Exception {
    Path f = folder();
    for (String table : new String[] {"documents.csv", "terms_by_date.csv", "entities_by_date.csv",
        "sentiment_by_date.csv", "entity_sentiment_by_date.csv", "errors.csv"}) {
      Files.delete(f.resolve(table));
    }
    assertEquals("dateline: " + f + " lacks documents.csv, terms_by_date.csv, entities_by_date.csv,"
        + " sentiment_by_date.csv, entity_sentiment_by_date.csv, errors.csv, which the run of "
        + f.resolve("manifest.json") + " wrote; rewrite the folder with 'dateline run'", refused(f));
  }

  @Test
  void researchTablesAreRequiredWhenTheManifestSaysTheRunMadeThem() throws Exception {
    Path f = folder();
    replace(f.resolve("manifest.json"), "\"research_tables\": \"off\"", "\"research_tables\": \"on\"");
    assertEquals("dateline: " + f + " lacks keyness_by_date.csv, bursts.csv, cooccurrence_by_date.csv,"
        + " collocations.csv, which the run of " + f.resolve("manifest.json")
        + " wrote; rewrite the folder with 'dateline run'", refused(f));
  }

  @Test
  void aCorruptManifestIsNamedWithItsPath() throws Exception {
    Path f = folder();
    Path manifest = f.resolve("manifest.json");
    Files.writeString(manifest, "{\n  \"program\": \"dateline\",\n  \"settings\": {\n");
    String err = refused(f);
    assertTrue(err.startsWith("dateline: " + manifest + " is not valid JSON (line "), err);
    assertTrue(err.endsWith("; rewrite the folder with 'dateline run'"), err);

    Files.writeString(manifest, "[1, 2]");
    assertEquals("dateline: " + manifest + " is not a JSON object, as dateline writes its manifest; rewrite the"
        + " folder with 'dateline run'", refused(f));

    Files.writeString(manifest, "{\"settings\": {\"period\": \"day\"}}");
    assertEquals("dateline: " + manifest + " names no program, so it is not a manifest of 'dateline run'; give the"
        + " output folder of a finished run", refused(f));

    Files.writeString(manifest, "{\"program\": \"dateline\", \"settings\": {\"period\": \"fortnight\"}}");
    assertEquals("dateline: " + manifest + " names the period 'fortnight'; expected day, week, month or year",
        refused(f));

    Files.write(manifest, new byte[] {'{', (byte) 0xff, '}'});
    assertEquals("dateline: " + manifest + " is not UTF-8 text, as dateline writes it; rewrite the folder with"
        + " 'dateline run'", refused(f));
  }

  @Test
  void aRefusalLeavesAnEarlierPageAsItWas() throws Exception {
    Path f = folder();
    assertEquals(0, report(f).exit());
    byte[] page = Files.readAllBytes(f.resolve("report.html"));
    replace(f.resolve("sentiment_by_date.csv"), "2024-04-16,vader,1,1,0.2", "2024-04-16,vader,1,1,zero");
    Result r = report(f);
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("sentiment_by_date.csv line 3, column 'mean': 'zero' is not a number"), r.err());
    assertTrue(Arrays.equals(page, Files.readAllBytes(f.resolve("report.html"))), "the earlier page stays");
  }

  @Test
  void noReportSkipsThePageAndReportBuildsItLater() throws Exception {
    Path input = Files.writeString(dir.resolve("two.jsonl"),
        "{\"date\":\"2024-04-15\",\"text\":\"The harvest in Pyongyang was good.\"}\n"
            + "{\"date\":\"2024-05-02\",\"text\":\"Farmers finished the harvest early.\"}\n");
    Path out = dir.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(new String[] {"run", "-q", "--layers", "terms", "--no-cache", "--no-report", "--period", "month",
        "-o", out.toString(), input.toString()}, new PrintWriter(stdout, true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    assertFalse(Files.exists(out.resolve("report.html")), stdout.toString());
    assertFalse(stdout.toString().contains("report.html"), stdout.toString());

    stdout = new StringWriter();
    exit = Main.execute(new String[] {"report", out.toString()}, new PrintWriter(stdout, true), new PrintWriter(err, true));
    assertEquals(0, exit, err.toString());
    assertTrue(stdout.toString().startsWith("wrote " + out.resolve("report.html")), stdout.toString());
    String page = Files.readString(out.resolve("report.html"));
    // the two months and the term both mention, as the tables hold them
    assertTrue(page.contains("[\"2024-04-01\",\"harvest\",\"1\",\"1\","), "April's harvest row is embedded");
    assertTrue(page.contains("[\"2024-05-01\",\"harvest\",\"1\",\"1\","), "May's harvest row is embedded");
  }
}
