package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

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
