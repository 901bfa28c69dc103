package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line through picocli's {@code execute}, as a user runs it, over {@link FakeModels}:
 * these tests check options and the run's plumbing, not annotation.
 */
class MainTest {

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    return run(FakeModels.ASSEMBLY, args);
  }

  static Run run(Assembly assembly, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.execute(assembly, args, new PrintWriter(out, true), new PrintWriter(err, true));
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
    Run noInput = run("run");
    assertEquals(2, noInput.exit());
    assertTrue(noInput.err().contains("INPUT"), noInput.err());
    Run badPeriod = run("run", "--period", "fortnight", "input");
    assertEquals(2, badPeriod.exit());
    assertTrue(badPeriod.err().contains("fortnight"), badPeriod.err());
    Run badLanguage = run("run", "--languages", "english", "--layers", "terms", "-o", dir.toString(), "input");
    assertEquals(2, badLanguage.exit());
    assertTrue(badLanguage.err().contains("'english' is not a language the detector can tell"), badLanguage.err());
    Run badEngine = run("run", "--sentiment", "vader,vedar", "-o", dir.toString(), "input");
    assertEquals(2, badEngine.exit());
    assertTrue(badEngine.err().contains("unknown sentiment engine 'vedar'; use corenlp or vader or news"), badEngine.err());
  }

  @Test
  void theHeapCheckHoldsAtTheBoundaryOfEachLayerSet() {
    for (org.dateline.annotate.Layers layers : org.dateline.annotate.Layers.values()) {
      for (org.dateline.annotate.Profile profile : org.dateline.annotate.Profile.values()) {
        org.dateline.annotate.AnnotatorSettings settings =
            org.dateline.annotate.AnnotatorSettings.defaults().withLayers(layers).withProfile(profile);
        long need = settings.requiredHeapMiB();
        assertEquals(null, HeapPolicy.problem(settings, need), layers + " " + profile + " with exactly enough");
        String message = HeapPolicy.problem(settings, need - 1);
        assertTrue(message.contains("need about " + need + " MiB of heap, but this JVM has " + (need - 1) + " MiB"), message);
        // Never suggests the layers already chosen, nor more of them.
        assertFalse(message.contains("--layers " + layers.label()), message);
      }
    }
    org.dateline.annotate.AnnotatorSettings all = org.dateline.annotate.AnnotatorSettings.defaults();
    assertEquals(3000, all.requiredHeapMiB());
    assertEquals(700, all.withLayers(org.dateline.annotate.Layers.ENTITIES).requiredHeapMiB());
    String message = HeapPolicy.problem(all, 1024);
    assertTrue(message.contains("-Xmx4g"), message);
    assertTrue(message.contains("--layers entities (about 700 MiB)"), message);
    assertTrue(message.contains("--layers terms"), message);
    String entities = HeapPolicy.problem(all.withLayers(org.dateline.annotate.Layers.ENTITIES), 300);
    assertTrue(entities.contains("--layers terms (about 200 MiB)"), entities);
    // VADER needs no parser, so a VADER-only run needs only the entity models' heap
    var vaderOnly = all.withEngines(java.util.Set.of(org.dateline.model.SentimentEngineId.VADER));
    assertEquals(null, HeapPolicy.problem(vaderOnly, 700));
    assertTrue(HeapPolicy.problem(vaderOnly, 699).contains("need about 700 MiB"));
  }

  @Test
  void noArgumentsPrintTheHelpAndExitWithTwo() {
    Run r = run();
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("Usage: dateline"), r.err());
  }

  @Test
  void badOptionsAreNamedInOneLine() throws Exception {
    Path stop = dir.resolve("stop.txt");
    Files.writeString(stop, "the\n");
    String[][] cases = {
      {"--max-parse-length", "0"},
      {"--max-parse-length", "-5"},
      {"--text-field", ""},
      {"--no-cache", "--cache", dir.resolve("c.db").toString()},
      {"--no-stopwords", "--stopwords", stop.toString()},
      {"--threads", "1000"},
      {"--threads", "0"},
      {"--near-duplicate-threshold", "0"},
      {"--near-duplicate-threshold", "1.5"},
      {"--near-duplicate-window", "-1"},
    };
    for (String[] options : cases) {
      List<String> args = new java.util.ArrayList<>(List.of("run", "--layers", "terms", "-o", dir.resolve("out").toString()));
      args.addAll(List.of(options));
      args.add("input");
      Run r = run(args.toArray(String[]::new));
      assertEquals(2, r.exit(), String.join(" ", options) + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains(options[0]), r.err());
      assertFalse(r.err().contains("loading models"), r.err());
    }
  }

  @Test
  void unusablePathsStopTheRunBeforeAnyModelLoads() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    String[][] cases = {
      {"-o", file.toString()},
      {"-o", "/proc/x"},
      {"-o", dir.resolve("out").toString(), "--cache", "/proc/x/annotations.db"},
      {"-o", dir.resolve("out").toString(), "--stopwords", dir.resolve("no-such-list.txt").toString()},
      {"-o", dir.resolve("out").toString(), "--names", dir.resolve("no-such-names.txt").toString()},
    };
    for (String[] options : cases) {
      List<String> args = new java.util.ArrayList<>(List.of("run", "--layers", "terms"));
      args.addAll(List.of(options));
      args.add("input");
      Run r = run(args.toArray(String[]::new));
      assertEquals(2, r.exit(), String.join(" ", options) + ": " + r.err());
      assertTrue(r.err().contains(options[options.length - 1]), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.err().contains("loading models"), r.err());
    }
    assertEquals("x", Files.readString(file));
  }

  @Test
  void aMissingInputIsNamedWithoutAStackTrace() {
    Run r = run("run", "--layers", "terms", "-o", dir.toString(), "no/such/folder");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no/such/folder"), r.err());
    assertTrue(!r.err().contains("\tat "), r.err());
  }

  @Test
  void theSecondRunFindsEveryTextInTheCache() throws Exception {
    Path input = Files.writeString(dir.resolve("news.jsonl"),
        "{\"date\":\"2024-03-14\",\"text\":\"The delegation arrived in Pyongyang on Thursday.\"}\n"
            + "{\"date\":\"2024-03-15\",\"text\":\"Farmers finished the spring sowing early.\"}\n");
    Path out = dir.resolve("cached");
    Run first = run("run", "-q", "--layers", "terms", "-o", out.toString(), input.toString());
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.out().contains("annotations.db: 0 found, 2 annotated"), first.out());
    Run again = run("run", "-q", "--layers", "terms", "--period", "month", "-o", out.toString(), input.toString());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("annotations.db: 2 found, 0 annotated"), again.out());
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
