package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose output folder lies inside its input folder never reads its own tables; over {@link
 * FakeModels}, since which files are read does not depend on annotation.
 */
class OutputInsideInputTest {

  @TempDir Path dir;

  private int run(Path out, Path input) {
    StringWriter sink = new StringWriter();
    return Main.execute(FakeModels.ASSEMBLY, new String[] {"run", "-q", "--layers", "terms", "-o", out.toString(), input.toString()},
        new PrintWriter(sink, true), new PrintWriter(sink, true));
  }

  @Test
  void runningTwiceOnTheSameFolderGivesTheSameTables() throws Exception {
    Files.writeString(dir.resolve("news.jsonl"),
        "{\"date\":\"2024-03-14\",\"text\":\"The delegation arrived in Pyongyang on Thursday.\"}\n"
            + "{\"date\":\"2024-03-15\",\"text\":\"Farmers finished the spring sowing early.\"}\n");
    Path out = dir.resolve("reports");
    assertEquals(0, run(out, dir));
    List<String> documents = Files.readAllLines(out.resolve("documents.csv"));
    String terms = Files.readString(out.resolve("terms_by_date.csv"));
    String errors = Files.readString(out.resolve("errors.csv"));
    assertEquals(3, documents.size(), documents.toString());

    assertEquals(0, run(out, dir));
    assertEquals(documents, Files.readAllLines(out.resolve("documents.csv")));
    assertEquals(terms, Files.readString(out.resolve("terms_by_date.csv")));
    assertEquals(errors, Files.readString(out.resolve("errors.csv")));
  }
}
