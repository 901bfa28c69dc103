package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.cli.EvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalCommandTest {

  private final List<AnnotatorSettings> built = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = new CommandLine(new EvalCommand(s -> {
      built.add(s);
      return ScriptedAnnotators.forSettings(s);
    }));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  private static String conll() {
    return Fixtures.resource("mini.conll").toString();
  }

  private static String sst() {
    return Fixtures.resource("mini-sst.tsv").toString();
  }

  @Test
  void evaluatesBothTasksAndWritesTheCsv(@TempDir Path dir) throws Exception {
    int code = run("--conll", conll(), "--sst", sst(), "-o", dir.toString(), "--threads", "2");
    assertEquals(0, code, err::toString);
    assertEquals(2, built.size(), "one annotator per task");
    String table = out.toString();
    assertTrue(table.lines().anyMatch(l -> l.matches("ner\\s+f1\\s+80\\.00")), table);
    assertTrue(table.lines().anyMatch(l -> l.matches("sst\\s+corenlp\\s+accuracy_binary\\s+60\\.00")), table);
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertTrue(csv.contains("fast,,ner,f1,80.00"), csv::toString);
    assertTrue(csv.contains("fast,corenlp,sst,accuracy_5class,50.00"), csv::toString);
  }

  @Test
  void acceptsSeveralProfiles(@TempDir Path dir) throws Exception {
    assertEquals(0, run("--conll", conll(), "-o", dir.toString(), "--profile", "fast,FULL"), err::toString);
    assertEquals(2, built.size());
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertTrue(csv.contains("fast,,ner,f1,80.00") && csv.contains("full,,ner,f1,80.00"), csv::toString);
    assertTrue(csv.stream().noneMatch(l -> l.contains(",sst,")), csv::toString);
  }

  @Test
  void aGivenProfileReplacesTheDefault(@TempDir Path dir) {
    assertEquals(0, run("--sst", sst(), "-o", dir.toString(), "--profile", "full"), err::toString);
    assertEquals(List.of(Profile.FULL), built.stream().map(AnnotatorSettings::profile).toList());
    assertEquals(List.of(Layers.SENTIMENT), built.stream().map(AnnotatorSettings::layers).toList());
  }

  @Test
  void needsAtLeastOneInput(@TempDir Path dir) {
    assertEquals(2, run("-o", dir.toString()));
    assertTrue(err.toString().contains("--conll FILE, --sst FILE, --ratings FILE, --newsmtsc FILE"), err::toString);
    assertEquals(List.of(), built);
  }

  @Test
  void rejectsAnUnknownProfile(@TempDir Path dir) {
    assertEquals(2, run("--sst", sst(), "-o", dir.toString(), "--profile", "quick"));
    assertTrue(err.toString().contains("use fast or full"), err::toString);
  }

  @Test
  void failsWhenAFigureIsBelowItsMinimum(@TempDir Path dir) {
    int code = run("--conll", conll(), "--sst", sst(), "-o", dir.toString(),
        "--min-ner-f1", "80", "--min-sst-binary", "60.5");
    assertEquals(1, code, out::toString);
    assertTrue(out.toString().contains("FAILED: binary SST accuracy for profile fast is 60.00, below the minimum 60.50"),
        out::toString);
    assertTrue(!out.toString().contains("NER F1 for profile"), out::toString);
    assertTrue(Files.isRegularFile(dir.resolve("eval.csv")), "the figures are written even when they fail");
  }

  @Test
  void limitTakesTheFirstSentences(@TempDir Path dir) throws Exception {
    assertEquals(0, run("--conll", conll(), "--sst", sst(), "-o", dir.toString(), "--limit", "1"), err::toString);
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertTrue(csv.contains("fast,,ner,sentences,1"), csv::toString);
    assertTrue(csv.contains("fast,,ner,entities_gold,2"), csv::toString);
    assertTrue(csv.contains("fast,corenlp,sst,sentences,1"), csv::toString);
  }

  @Test
  void aMissingFileIsBadUsage(@TempDir Path dir) {
    assertEquals(2, run("--conll", dir.resolve("nope.conll").toString(), "-o", dir.toString()));
    assertTrue(err.toString().contains("no such file"), err::toString);
  }

  @Test
  void scoresEveryEngineOnRatingsAndNewsMtscAndListsThePredictions(@TempDir Path dir) throws Exception {
    List<AnnotatorSettings> sentenceBuilt = new ArrayList<>();
    CommandLine cmd = new CommandLine(new EvalCommand(s -> {
      throw new AssertionError("CoNLL and SST were not asked for");
    }, s -> {
      sentenceBuilt.add(s);
      return ScriptedAnnotators.sentiment(s);
    }));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute("--ratings", Fixtures.resource("mini-ratings.tsv").toString(),
        "--newsmtsc", Fixtures.resource("mini-newsmtsc.jsonl").toString(), "-o", dir.toString());
    assertEquals(0, code, err::toString);
    assertEquals(1, sentenceBuilt.size(), "one annotator serves both tasks");
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertTrue(csv.contains("fast,corenlp,ratings,pearson,0.6743"), csv::toString);
    assertTrue(csv.contains("fast,vader,ratings,pearson,0.9919"), csv::toString);
    assertTrue(csv.contains("fast,vader,ratings,accuracy_binary,100.00"), csv::toString);
    assertTrue(csv.contains("fast,vader,newsmtsc,macro_f1,77.78"), csv::toString);
    assertTrue(csv.contains("fast,corenlp,newsmtsc,n,4"), csv::toString);
    List<String> predictions = Files.readAllLines(dir.resolve("predictions.csv"));
    assertEquals("task,engine,item,gold,score,label", predictions.get(0));
    assertTrue(csv.contains("fast,news,ratings,n,5"), csv::toString);
    assertTrue(csv.contains("fast,news,newsmtsc,n,4"), csv::toString);
    assertEquals(1 + 3 * 5 + 3 * 4, predictions.size(), "three engines by default");
    assertTrue(predictions.contains("ratings,vader,a_2,-3,-0.8779,negative"), predictions::toString);
    assertTrue(predictions.contains("newsmtsc,corenlp,s3#1,positive,0,neutral"), predictions::toString);
  }

  @Test
  void anItemIdThatLooksLikeAFormulaIsWrittenAsText(@TempDir Path dir) throws Exception {
    Path ratings = Files.writeString(dir.resolve("r.tsv"),
        "=HYPERLINK(\"x\")\t-2.5\tThe talks failed.\nok_1\t2\tA fine and welcome agreement.\n");
    CommandLine cmd = new CommandLine(new EvalCommand(ScriptedAnnotators::sentiment));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setOut(new PrintWriter(out, true));
    assertEquals(0, cmd.execute("--ratings", ratings.toString(), "--sentiment", "vader", "-o", dir.toString()),
        err::toString);
    List<String> predictions = Files.readAllLines(dir.resolve("predictions.csv"));
    assertTrue(predictions.stream().anyMatch(l -> l.startsWith("ratings,vader,\"'=HYPERLINK(\"\"x\"\")\",-2.5,")),
        predictions::toString);
  }

  @Test
  void vaderAloneIsScoredAlone(@TempDir Path dir) throws Exception {
    CommandLine cmd = new CommandLine(new EvalCommand(ScriptedAnnotators::sentiment));
    cmd.setErr(new PrintWriter(err, true));
    cmd.setOut(new PrintWriter(out, true));
    assertEquals(0, cmd.execute("--ratings", Fixtures.resource("mini-ratings.tsv").toString(),
        "--sentiment", "VADER", "-o", dir.toString()), err::toString);
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertTrue(csv.stream().noneMatch(l -> l.contains("corenlp")), csv::toString);
    assertEquals(2, cmd.execute("--ratings", "x", "--sentiment", "newz", "-o", dir.toString()));
    assertTrue(err.toString().contains("unknown sentiment engine 'newz'; use corenlp or vader or news"), err::toString);
  }
}
