package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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

  /** A command whose annotator factories fail the test if called: the check must come before any model. */
  private int runWithoutModels(String... args) {
    CommandLine cmd = new CommandLine(new EvalCommand(s -> {
      throw new AssertionError("models were built for " + s);
    }, s -> {
      throw new AssertionError("models were built for " + s);
    }));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void anOutputThatIsAFileIsRefusedBeforeTheWorkAndKept(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("results.csv"), "kept\n");
    assertEquals(2, runWithoutModels("--conll", conll(), "-o", file.toString()), err::toString);
    assertTrue(err.toString().contains("output folder -o " + file + " is a file, not a folder"), err::toString);
    assertEquals("kept\n", Files.readString(file));
  }

  @Test
  void anOutputThatCannotBeCreatedIsRefusedBeforeTheWork(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("plain"), "");
    Path below = file.resolve("eval");
    assertEquals(2, runWithoutModels("--sst", sst(), "-o", below.toString()), err::toString);
    assertTrue(err.toString().contains("output folder -o " + below + " cannot be created or written"), err::toString);
  }

  @Test
  void aFolderWhereEvalCsvGoesIsRefusedBeforeTheWork(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("eval.csv"));
    assertEquals(2, runWithoutModels("--sst", sst(), "-o", dir.toString()), err::toString);
    assertTrue(err.toString().contains(dir.resolve("eval.csv") + " is a folder, where eval writes a file"), err::toString);
  }

  @Test
  void anExistingEvalCsvIsReplaced(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("eval.csv"), "old\n");
    assertEquals(0, run("--sst", sst(), "-o", dir.toString()), err::toString);
    List<String> csv = Files.readAllLines(dir.resolve("eval.csv"));
    assertEquals("profile,engine,task,metric,value", csv.get(0));
    assertTrue(csv.contains("fast,corenlp,sst,sentences,6") && !csv.contains("old"), csv::toString);
  }

  @Test
  void thresholdsOutsideZeroToHundredAreRefusedBeforeAnyGoldFileIsRead(@TempDir Path dir) throws Exception {
    // The gold file is not UTF-8: a refusal naming the threshold shows the options were checked before reading it.
    Path bad = Files.write(dir.resolve("bad.conll"), new byte[] {'A', ' ', (byte) 0x93, ' ', 'O', '\n'});
    String[][] cases = {
        {"--min-ner-f1", "150", "--min-ner-f1 is a percentage from 0 to 100, was 150"},
        {"--min-ner-f1", "-5", "--min-ner-f1 is a percentage from 0 to 100, was -5"},
        {"--min-ner-f1", "NaN", "--min-ner-f1 is a percentage from 0 to 100, was NaN"},
        {"--min-sst-binary", "100.5", "--min-sst-binary is a percentage from 0 to 100, was 100.5"},
    };
    for (String[] c : cases) {
      err.getBuffer().setLength(0);
      assertEquals(2, runWithoutModels("--conll", bad.toString(), "--sst", sst(), "-o", dir.resolve("out").toString(),
          c[0], c[1]), c[1]);
      assertTrue(err.toString().contains(c[2]), err::toString);
      assertTrue(Files.notExists(dir.resolve("out")), "refused before the output folder is made");
    }
  }

  @Test
  void thresholdsAtTheEndsOfTheScaleAreAccepted(@TempDir Path dir) {
    assertEquals(0, run("--conll", conll(), "--sst", sst(), "-o", dir.toString(),
        "--min-ner-f1", "0", "--min-sst-binary", "0"), err::toString);
    assertEquals(1, run("--conll", conll(), "-o", dir.toString(), "--min-ner-f1", "100"), err::toString);
  }

  @Test
  void aThresholdWithoutItsTaskIsRefused(@TempDir Path dir) {
    assertEquals(2, runWithoutModels("--sst", sst(), "-o", dir.toString(), "--min-ner-f1", "80"));
    assertTrue(err.toString().contains("--min-ner-f1 tests a figure of --conll; give --conll FILE, or leave out --min-ner-f1"),
        err::toString);
  }

  @Test
  void aGoldFileThatIsAFolderIsRefusedBeforeTheWork(@TempDir Path dir) {
    assertEquals(2, runWithoutModels("--ratings", dir.toString(), "-o", dir.resolve("out").toString()));
    assertTrue(err.toString().contains("--ratings " + dir + ": not a readable file"), err::toString);
  }

  @Test
  void aMissingGoldFileIsRefusedBeforeTheOthersAreRead(@TempDir Path dir) {
    assertEquals(2, runWithoutModels("--sst", sst(), "--newsmtsc", dir.resolve("gone.jsonl").toString(),
        "-o", dir.toString()));
    assertTrue(err.toString().contains("--newsmtsc " + dir.resolve("gone.jsonl") + ": no such file"), err::toString);
  }

  @Test
  void anEmptyConllFileIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.conll"), "");
    assertEquals(1, runWithoutModels("--conll", empty.toString(), "-o", dir.toString()), out::toString);
    assertTrue(err.toString().contains("dateline eval: " + empty + ": is empty; expected CoNLL-2003 lines"), err::toString);
    assertTrue(Files.notExists(dir.resolve("eval.csv")), "no figures for an empty gold file");
  }

  @Test
  void aConllFileWithoutEntitiesIsAnError(@TempDir Path dir) throws Exception {
    Path plain = Files.writeString(dir.resolve("o.conll"), "The DT O\ncat NN O\n\nIt PRP O\n");
    assertEquals(1, runWithoutModels("--conll", plain.toString(), "-o", dir.toString()));
    assertTrue(err.toString().contains(plain + ": holds no gold entity (every tag is O), so NER cannot be scored"),
        err::toString);
    Path late = Files.writeString(dir.resolve("late.conll"), "The DT O\n\nKim NNP B-PER\n");
    assertEquals(1, runWithoutModels("--conll", late.toString(), "-o", dir.toString(), "--limit", "1"));
    assertTrue(err.toString().contains(late + ": holds in its first 1 sentence(s) no gold entity"
        + " (every tag is O), so NER cannot be scored; raise --limit"), err::toString);
  }

  @Test
  void anEmptyRatingsFileIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.tsv"), "\n");
    assertEquals(1, runWithoutModels("--ratings", empty.toString(), "-o", dir.toString()));
    assertTrue(err.toString().contains(empty + ": holds no rated sentences"), err::toString);
    assertTrue(Files.notExists(dir.resolve("eval.csv")) && Files.notExists(dir.resolve("predictions.csv")),
        "no empty cells written");
  }

  @Test
  void aSplitThatKeepsNoItemIsAnError(@TempDir Path dir) throws Exception {
    String text = IntStream.range(0, 100).mapToObj(i -> "Sentence number " + i + ".")
        .filter(t -> !Split.heldOut(t)).findFirst().orElseThrow();
    Path one = Files.writeString(dir.resolve("one.tsv"), "a\t1\t" + text + "\n");
    assertEquals(1, runWithoutModels("--ratings", one.toString(), "--split", "heldout", "-o", dir.toString()));
    assertTrue(err.toString().contains(one + ": none of its 1 rated sentences lies in --split heldout"), err::toString);
  }

  @Test
  void aWindows1252GoldFileNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path sst = Files.write(dir.resolve("sst.tsv"), (String.join("\t", SstReader.HEADER) + "\n1\t4\t1\tA caf\u00e9 .\n")
        .getBytes(Charset.forName("windows-1252")));
    assertEquals(1, runWithoutModels("--sst", sst.toString(), "-o", dir.toString()));
    assertTrue(err.toString().contains("dateline eval: " + sst + ":2: not valid UTF-8 at byte 12 of the line (0xE9,"),
        err::toString);
    assertTrue(!err.toString().contains("MalformedInputException"), err::toString);
  }
}
