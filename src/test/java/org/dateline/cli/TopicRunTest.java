package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --topics}: the tables, their bytes whatever the threads, and the options' checks. */
class TopicRunTest {
  static final List<String> FILES = List.of("topics.csv", "topics_by_date.csv", "document_topics.csv");

  @TempDir Path dir;

  private Path run(int threads) {
    Path out = dir.resolve("t" + threads);
    Run r = MainTest.run("run", "-q", "--layers", "terms", "--threads", Integer.toString(threads), "--period", "month",
        "--topics", "4", "--topic-iterations", "40", "--topic-words", "6", "-o", out.toString(), "input/kcna-2024-extract.json");
    assertEquals(0, r.exit(), r.err());
    return out;
  }

  @Test
  void theTablesHaveTheSameBytesOnOneTwoAndEightThreads() throws Exception {
    Path one = run(1);
    Path two = run(2);
    Path eight = run(8);
    for (String f : FILES) {
      byte[] expected = Files.readAllBytes(one.resolve(f));
      assertArrayEquals(expected, Files.readAllBytes(two.resolve(f)), f + " differs on 2 threads");
      assertArrayEquals(expected, Files.readAllBytes(eight.resolve(f)), f + " differs on 8 threads");
    }
    List<String> topics = Files.readAllLines(one.resolve("topics.csv"));
    assertEquals("topic,label,words,tokens,share,coherence,exclusivity", topics.get(0));
    assertEquals(5, topics.size());
    assertEquals(6, topics.get(1).split(",")[2].split(" ").length);
    List<String> byDate = Files.readAllLines(one.resolve("topics_by_date.csv"));
    assertEquals("period,topic,documents,share,ci_low,ci_high", byDate.get(0));
    assertEquals(0, (byDate.size() - 1) % 4, "every period has every topic");
    assertEquals("doc_id,date,topic,share", Files.readAllLines(one.resolve("document_topics.csv")).get(0));
    String manifest = Files.readString(one.resolve("manifest.json"));
    assertTrue(manifest.contains("\"topic_seed\" : \"20091\"") || manifest.contains("\"topic_seed\": \"20091\""), manifest);
    assertTrue(manifest.contains("topic_vocabulary") && manifest.contains("topic_tokens"), manifest);
    String page = Files.readString(one.resolve("report.html"));
    assertTrue(page.contains("\"topics_by_date.csv\":{\"rows_in_file\":" + (byDate.size() - 1)), "the page embeds the shares");
    assertTrue(page.contains("\"topics.csv\":{\"rows_in_file\":4"), "the page embeds the topics");
  }

  @Test
  void withoutTopicsNoTopicTablesAreWrittenAndOldOnesGo() throws Exception {
    Path out = run(1);
    Run r = MainTest.run("run", "-q", "--layers", "terms", "-o", out.toString(), "input/kcna-2024-extract.json");
    assertEquals(0, r.exit(), r.err());
    for (String f : FILES) {
      assertFalse(Files.exists(out.resolve(f)), f);
    }
    assertFalse(Files.readString(out.resolve("manifest.json")).contains("topic"));
  }

  @Test
  void badTopicOptionsExitWithTwo() {
    Run k = MainTest.run("run", "--layers", "terms", "--topics", "1", "input/kcna-2024-extract.json");
    assertEquals(2, k.exit());
    assertTrue(k.err().contains("--topics must be at least 2"), k.err());
    Run n = MainTest.run("run", "--layers", "terms", "--topics", "5", "--topic-iterations", "0",
        "input/kcna-2024-extract.json");
    assertEquals(2, n.exit());
    assertTrue(n.err().contains("--topic-iterations must be at least 1"), n.err());
  }
}
