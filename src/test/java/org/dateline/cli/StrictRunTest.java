package org.dateline.cli;

import static org.dateline.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --strict} stops at the first problem; without it the run lists the problem and goes on.
 * Over {@link FakeModels}: the problems are found before annotation.
 */
class StrictRunTest {

  @TempDir Path dir;

  private static final String JSONL =
      "{\"date\":\"2024-03-14\",\"text\":\"The delegation arrived in Pyongyang on Thursday.\"}\n"
          + "{\"date\":\"2024-03-15\",\"text\":\"broken\n"
          + "{\"date\":\"2024-03-16\",\"text\":\"Farmers finished the spring sowing early.\"}\n";

  @Test
  void strictStopsAtTheFirstProblemNamingFileRecordAndKind() throws Exception {
    Path input = Files.writeString(dir.resolve("news.jsonl"), JSONL);
    Path out = dir.resolve("strict");
    Run r = run("run", "-q", "--strict", "--layers", "terms", "--no-cache", "-o", out.toString(), input.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("news.jsonl:2"), r.err());
    assertTrue(r.err().contains("malformed_record"), r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(out.resolve("errors.csv")));
    assertFalse(Files.exists(out.resolve("manifest.json")));
  }

  @Test
  void withoutStrictTheBadLineIsListedAndCountedAndTheRunSucceeds() throws Exception {
    Path input = Files.writeString(dir.resolve("news.jsonl"), JSONL);
    Path out = dir.resolve("lenient");
    Run r = run("run", "-q", "--layers", "terms", "--no-cache", "-o", out.toString(), input.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("2 documents"), r.out());
    List<String> errors = Files.readAllLines(out.resolve("errors.csv"));
    assertEquals(2, errors.size(), errors.toString());
    assertTrue(errors.get(1).matches(".*news\\.jsonl,2,line,malformed_record,.*"), errors.get(1));
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"problem_malformed_record\": 1"), manifest);
    assertTrue(manifest.contains("\"problems\": 1"), manifest);
  }
}
