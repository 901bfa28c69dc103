package org.dateline.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlBenchmarkTest {

  @TempDir
  Path dir;

  @Test
  void perPageCostsComeFromTheDifferenceOfTheTwoProcesses() {
    HtmlBenchmark.ProcessFigure once = new HtmlBenchmark.ProcessFigure(1, 88, 7.0, 4.0);
    HtmlBenchmark.ProcessFigure tenTimes = new HtmlBenchmark.ProcessFigure(10, 880, 16.0, 6.0);
    assertEquals(3000.0 / 88, once.msPerPage(), 1e-9);
    assertEquals(10000.0 / 880, tenTimes.msPerPage(), 1e-9);
    HtmlBenchmark.Result r = new HtmlBenchmark.Result(88, 5.0, List.of(once, tenTimes));
    // 7 s more HTML cost for 792 more pages
    assertEquals(7000.0 / 792, r.marginalMsPerPage(), 1e-9);
    assertTrue(Double.isNaN(new HtmlBenchmark.Result(88, 5.0, List.of(once)).marginalMsPerPage()));
  }

  @Test
  void warmPassesReadEveryPageAndSaveItsText() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (int i = 1; i <= 3; i++) {
      Files.writeString(pages.resolve("p" + i + ".html"), "<html><head><title>T" + i + "</title></head><body><article>"
          + "<p>Paragraph one of page " + i + ", long enough to count as the article's text here.</p>"
          + "<p>Paragraph two of page " + i + ", with more words, commas, and a full stop.</p></article></body></html>",
          StandardCharsets.UTF_8);
    }
    Files.writeString(pages.resolve("notes.txt"), "not a page", StandardCharsets.UTF_8);
    List<String> log = new ArrayList<>();
    HtmlBenchmark.Result r = new HtmlBenchmark(new HtmlBenchmark.Settings(pages, null, dir.resolve("work"), 1, 10),
        log::add).run();
    assertEquals(3, r.pages());
    assertTrue(r.processes().isEmpty(), "no launcher, no whole processes");
    assertEquals(HtmlBenchmark.PASSES, log.size());
    String text = Files.readString(dir.resolve("work/html-bench-texts/page-001.txt"));
    assertTrue(text.contains("Paragraph one of page 2"), text);
    assertTrue(text.contains("Paragraph two of page 2"), text);
  }

  @Test
  void refusesNoCopies() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlBenchmark.Settings(dir, null, dir, 1, 0));
  }
}
