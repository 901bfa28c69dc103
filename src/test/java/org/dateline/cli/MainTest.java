package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through picocli's {@code execute}, as a user runs it. */
class MainTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("run"), r.out());
    Run runHelp = run("run", "--help");
    assertEquals(0, runHelp.exit());
    assertTrue(runHelp.out().contains("--period"), runHelp.out());
    assertTrue(runHelp.out().contains("4 GB"), runHelp.out());
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, run("run").exit());
    Run badPeriod = run("run", "--period", "fortnight", "input");
    assertEquals(2, badPeriod.exit());
    assertTrue(badPeriod.err().contains("fortnight"), badPeriod.err());
    Run badLanguage = run("run", "--languages", "english", "--layers", "terms", "-o", dir.toString(), "input");
    assertEquals(2, badLanguage.exit());
    assertTrue(badLanguage.err().contains("ISO 639-1"), badLanguage.err());
    Run badEngine = run("run", "--sentiment", "vader,news", "-o", dir.toString(), "input");
    assertEquals(2, badEngine.exit());
    assertTrue(badEngine.err().contains("unknown sentiment engine 'news'; use corenlp or vader"), badEngine.err());
  }

  @Test
  void tooSmallAHeapIsExplainedBeforeAnyModelLoads() {
    org.dateline.annotate.AnnotatorSettings all = org.dateline.annotate.AnnotatorSettings.defaults();
    String message = RunCommand.heapProblem(all, 1024);
    assertTrue(message.contains("need about 3000 MiB of heap, but this JVM has 1024 MiB"), message);
    assertTrue(message.contains("-Xmx4g"), message);
    assertEquals(null, RunCommand.heapProblem(all, 3641));
    assertEquals(null, RunCommand.heapProblem(all.withLayers(org.dateline.annotate.Layers.TERMS), 256));
    // VADER needs no parser, so a VADER-only run needs only the entity models' heap
    var vaderOnly = all.withEngines(java.util.Set.of(org.dateline.model.SentimentEngineId.VADER));
    assertEquals(null, RunCommand.heapProblem(vaderOnly, 1024));
    assertTrue(RunCommand.heapProblem(vaderOnly, 512).contains("need about 1000 MiB"));
  }

  @Test
  void aMissingInputIsNamedWithoutAStackTrace() {
    Run r = run("run", "--layers", "terms", "-o", dir.toString(), "no/such/folder");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no/such/folder"), r.err());
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  @Test
  void runsTheSamplePageAndWritesEveryReport() throws Exception {
    Path out = dir.resolve("reports");
    Run r = run("run", "-q", "--threads", "2", "-o", out.toString(), "input/naenara-page.txt");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("21 documents"), r.out());
    for (String name : List.of("documents.csv", "terms_by_date.csv", "entities_by_date.csv",
        "sentiment_by_date.csv", "errors.csv", "manifest.json")) {
      assertTrue(Files.exists(out.resolve(name)), name);
    }
    List<String> terms = Files.readAllLines(out.resolve("terms_by_date.csv"));
    assertEquals("period,term,count,doc_freq,per_10k", terms.get(0));
    assertTrue(terms.stream().anyMatch(l -> l.startsWith("2026-01-26,independence,8,1,")), terms.toString());
    assertEquals(List.of("file,record,unit,kind,message"), Files.readAllLines(out.resolve("errors.csv")));

    // The second run finds every text in the cache and annotates nothing.
    Run again = run("run", "-q", "--period", "week", "-o", out.toString(), "input/naenara-page.txt");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("21 found, 0 annotated"), again.out());
    List<String> weekly = Files.readAllLines(out.resolve("terms_by_date.csv"));
    assertTrue(weekly.stream().anyMatch(l -> l.startsWith("2026-01-26,independence,8,1,")), weekly.toString());
    assertTrue(weekly.stream().allMatch(l -> l.startsWith("period") || l.startsWith("2026-01-19") || l.startsWith("2026-01-26")));
  }

  @Test
  void termsOnlyLeavesEntityAndSentimentColumnsEmpty() throws Exception {
    Path out = dir.resolve("terms");
    Run r = run("run", "-q", "--layers", "terms", "--no-cache", "-o", out.toString(), "input/naenara-page.txt");
    assertEquals(0, r.exit(), r.err());
    assertEquals(List.of("period,entity,type,count,doc_freq"), Files.readAllLines(out.resolve("entities_by_date.csv")));
    List<String> sentiment = Files.readAllLines(out.resolve("sentiment_by_date.csv"));
    // no engine scored a sentence, so there is no engine to give a row
    assertEquals(1, sentiment.size(), sentiment::toString);
    assertTrue(sentiment.get(0).startsWith("period,engine,documents,sentences,mean,sd,ci_low,ci_high,"), sentiment::toString);
  }
}
