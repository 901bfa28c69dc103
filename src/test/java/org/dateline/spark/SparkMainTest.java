package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Tag("slow")
class SparkMainTest {

  private static Set<String> optionNames(CommandLine run) {
    Set<String> names = new TreeSet<>();
    run.getCommandSpec().options().forEach(o -> names.addAll(java.util.List.of(o.names())));
    return names;
  }

  @Test
  void takesTheOptionsOfRunButThreadsAndCache() {
    StringWriter sink = new StringWriter();
    CommandLine single = Main.commandLine(new PrintWriter(sink), new PrintWriter(sink)).getSubcommands().get("run");
    CommandLine spark = SparkMain.commandLine(new PrintWriter(sink), new PrintWriter(sink)).getSubcommands().get("run");
    Set<String> expected = optionNames(single);
    expected.removeAll(Set.of("--threads", "--cache", "--no-cache"));
    expected.add("--partitions");
    assertEquals(expected, optionNames(spark));
    assertTrue(expected.contains("--min-count") && expected.contains("--text-field"), expected.toString());
  }

  @Test
  void badUsageStopsBeforeSparkStarts(@TempDir Path tmp) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = SparkMain.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(2, cmd.execute("run", tmp.resolve("missing").toString(), "-o", tmp.resolve("out").toString()));
    assertTrue(err.toString().contains("missing"), err.toString());
    assertEquals(2, cmd.execute("run", tmp.toString(), "--partitions", "0"));
    assertTrue(err.toString().contains("--partitions must be at least 1, was 0"), err.toString());
    assertEquals(2, cmd.execute("run", tmp.toString(), "--period", "fortnight"));
  }

  @Test
  void strictStopsAtTheFirstProblemInInputOrder(@TempDir Path tmp) throws java.io.IOException {
    // Problems found while reading are judged on the driver, in input order, before any model loads.
    java.nio.file.Files.writeString(tmp.resolve("a.jsonl"), "{\"date\": \"2024-01-02\", \"text\": \"Fine.\"}\n{\"text\": \" \"}\n");
    java.nio.file.Files.writeString(tmp.resolve("b.jsonl"), "not json\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = SparkMain.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
    System.setProperty("spark.master", "local[1]");
    try {
      assertEquals(1, cmd.execute("run", tmp.toString(), "-o", tmp.resolve("out").toString(), "--strict", "-q"));
    } finally {
      System.clearProperty("spark.master");
    }
    assertTrue(err.toString().contains("--strict: stopped at the first problem: " + tmp + "/a.jsonl:2"), err.toString());
    assertTrue(err.toString().contains("empty_text"), err.toString());
    assertTrue(!java.nio.file.Files.exists(tmp.resolve("out").resolve("manifest.json")), "no reports");
  }
}
