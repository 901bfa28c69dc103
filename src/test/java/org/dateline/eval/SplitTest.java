package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.cli.EvalCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SplitTest {

  @Test
  void aTextIsHeldOutWhenItsCrc32IsAMultipleOfFive() {
    // CRC-32 by Python's zlib: 455894220 and 2574276160 are multiples of 5; 2447482969 and 4026645413 are not
    assertTrue(Split.heldOut("The committee met on Tuesday."));
    assertTrue(Split.heldOut("It was not bad."));
    assertFalse(Split.heldOut("The talks were a great success and everyone was happy."));
    assertFalse(Split.heldOut("Prices rose again."));
    for (String t : List.of("It was not bad.", "Prices rose again.")) {
      assertTrue(Split.ALL.contains(t));
      assertTrue(Split.TRAIN.contains(t) != Split.HELDOUT.contains(t), t);
    }
  }

  @Test
  void evalScoresOnlyTheChosenSplit(@TempDir Path dir) throws Exception {
    CommandLine cmd = new CommandLine(new EvalCommand(ScriptedAnnotators::sentiment));
    StringWriter err = new StringWriter();
    cmd.setErr(new PrintWriter(err, true));
    cmd.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(0, cmd.execute("--ratings", Fixtures.resource("mini-ratings.tsv").toString(), "--split", "heldout",
        "--sentiment", "vader", "-o", dir.toString()), err::toString);
    List<String> predictions = Files.readAllLines(dir.resolve("predictions.csv"));
    assertEquals(List.of("a_3", "a_5"), predictions.subList(1, predictions.size()).stream()
        .map(l -> l.split(",")[2]).toList());
    assertEquals(0, cmd.execute("--ratings", Fixtures.resource("mini-ratings.tsv").toString(), "--split", "TRAIN",
        "--sentiment", "vader", "-o", dir.toString()), err::toString);
    assertEquals(1 + 3, Files.readAllLines(dir.resolve("predictions.csv")).size());
    assertEquals(2, cmd.execute("--ratings", "x", "--split", "dev", "-o", dir.toString()));
    assertTrue(err.toString().contains("unknown split 'dev'; use all, train or heldout"), err::toString);
  }
}
