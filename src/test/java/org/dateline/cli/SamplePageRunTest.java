package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dateline run} over the product's models (CoreNLP, Lingua, the annotation cache, the news
 * engine), in this JVM: the one test of the command line that loads them, where the option tests
 * use fakes.
 */
@Tag("slow")
class SamplePageRunTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return MainTest.run(Assembly.standard(), args);
  }

  @Test
  void runsTheSamplePageAndWritesEveryReport() throws Exception {
    Path out = dir.resolve("reports");
    Run r = run("run", "-q", "--threads", "2", "-o", out.toString(), "input/naenara-page.txt");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("21 documents"), r.out());
    for (String name : List.of("documents.csv", "terms_by_date.csv", "entities_by_date.csv",
        "sentiment_by_date.csv", "entity_sentiment_by_date.csv", "errors.csv", "manifest.json")) {
      assertTrue(Files.exists(out.resolve(name)), name);
    }
    List<String> terms = Files.readAllLines(out.resolve("terms_by_date.csv"));
    assertEquals("period,term,count,doc_freq,per_10k", terms.get(0));
    assertTrue(terms.stream().anyMatch(l -> l.startsWith("2026-01-26,independence,8,1,")), terms.toString());
    assertEquals(List.of("file,record,unit,kind,message,effect"), Files.readAllLines(out.resolve("errors.csv")));

    // The second run finds every text in the cache and annotates nothing.
    Run again = run("run", "-q", "--period", "week", "-o", out.toString(), "input/naenara-page.txt");
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.out().contains("21 found, 0 annotated"), again.out());
    List<String> weekly = Files.readAllLines(out.resolve("terms_by_date.csv"));
    assertTrue(weekly.stream().anyMatch(l -> l.startsWith("2026-01-26,independence,8,1,")), weekly.toString());
    assertTrue(weekly.stream().allMatch(l -> l.startsWith("period") || l.startsWith("2026-01-19") || l.startsWith("2026-01-26")));
  }
}
