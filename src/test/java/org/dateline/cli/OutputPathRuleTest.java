package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and {@code eval} refuse, before any work, an output or cache that is one of their
 * inputs, as {@code kwic} does ({@link KwicCommandTest}); the files are left as they were.
 */
class OutputPathRuleTest {

  @TempDir Path dir;

  private static Run refused(String... args) {
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> MainTest.run(args));
    assertEquals(2, r.exit(), r.err());
    return r;
  }

  @Test
  void aRunsOutputOrCacheThatIsAnInputIsRefused() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path file = Files.writeString(corpus.resolve("a.jsonl"), "{\"date\":\"2024-03-14\",\"text\":\"Rice.\"}\n");
    Run r = refused("run", "-q", "--layers", "terms", "-o", file.toString(), file.toString());
    assertTrue(r.err().contains("-o " + file + " is the input " + file), r.err());
    r = refused("run", "-q", "--layers", "terms", "-o", corpus.toString(), corpus.toString());
    assertTrue(r.err().contains("-o " + corpus + " is the input " + corpus), r.err());
    r = refused("run", "-q", "--layers", "terms", "-o", dir.resolve("out").toString(), "--cache", file.toString(), corpus.toString(),
        file.toString());
    assertTrue(r.err().contains("--cache " + file + " is the input " + file), r.err());
    assertEquals("{\"date\":\"2024-03-14\",\"text\":\"Rice.\"}\n", Files.readString(file));
  }

  @Test
  void evalsOutputThatIsAGoldFileIsRefused() throws Exception {
    Path gold = Files.writeString(dir.resolve("gold.txt"), "EU B-ORG\n");
    Run r = refused("eval", "--conll", gold.toString(), "-o", gold.toString());
    assertTrue(r.err().contains("-o " + gold + " is the input " + gold), r.err());
    Path out = Files.createDirectories(dir.resolve("out"));
    Path inside = Files.writeString(out.resolve("eval.csv"), "EU B-ORG\n");
    r = refused("eval", "--conll", inside.toString(), "-o", out.toString());
    assertTrue(r.err().contains("-o " + inside + " is the input " + inside), r.err());
    assertEquals("EU B-ORG\n", Files.readString(inside));
  }
}
