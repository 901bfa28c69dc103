package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --max-record-mb}: a file or record that decodes past the limit is one {@code
 * too_large} problem, read no further than needed, and the other files and records survive.
 */
class RecordLimitTest {

  private static final long ONE_MB = RecordLimit.chars(1);
  private static final LoadOptions ONE_MB_OPTIONS = LoadOptions.defaults().withMaxRecordChars(ONE_MB);

  @TempDir Path dir;

  private List<InputFile> read(CorpusAssertions.Collected sink, Path... inputs) throws IOException {
    return new CorpusReader(ONE_MB_OPTIONS, CorpusAssertions.DATES).read(List.of(inputs), sink);
  }

  /** A small gzip file holding {@code mb} MB of one repeated sentence. */
  private Path bomb(String name, int mb) throws IOException {
    Path file = dir.resolve(name);
    byte[] line = "The committee met again and nothing was decided at all.\n".getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 65536)) {
      long written = 0;
      while (written < mb * ONE_MB) {
        out.write(line);
        written += line.length;
      }
    }
    return file;
  }

  @Test
  void aDecompressionBombIsOneTooLargeRowAndTheOtherFileSurvives() throws IOException {
    Path bomb = bomb("a-bomb.txt.gz", 8);
    assertTrue(Files.size(bomb) < 200_000, "the bomb is small compressed: " + Files.size(bomb));
    Path good = Files.writeString(dir.resolve("b-good.txt"), "Rain fell on the harbour all day.\n");
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    List<InputFile> files = read(sink, bomb, good);
    assertEquals(1, sink.problems.size(), sink.problems.toString());
    Problem p = sink.problems.get(0);
    assertEquals(ProblemKind.TOO_LARGE, p.kind());
    assertEquals(bomb.toString(), p.origin().file());
    assertTrue(p.message().contains("more than 1 MB") && p.message().contains("--max-record-mb"), p.message());
    assertEquals(1, sink.articles.size());
    assertEquals("Rain fell on the harbour all day.", sink.articles.get(0).text());
    assertEquals(2, files.size());
    assertEquals(0, files.get(0).records());
    assertEquals(1, files.get(0).problems());
    assertEquals(1, files.get(1).records());
  }

  @Test
  void aFileJustUnderTheLimitIsReadWhole() throws IOException {
    Path file = dir.resolve("long.txt.gz");
    String text = "Long story. ".repeat((int) (ONE_MB / 12) - 10);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.US_ASCII));
    }
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    read(sink, file);
    assertEquals(List.of(), sink.problems);
    assertEquals(List.of(text.strip()), sink.articles.stream().map(Article::text).toList());
  }

  @Test
  void oneHugeJsonLinesRecordIsSkippedAndTheLinesAroundItAreRead() throws IOException {
    Path file = dir.resolve("feed.jsonl");
    try (var w = Files.newBufferedWriter(file)) {
      w.write("{\"date\": \"2024-03-01\", \"text\": \"First story.\"}\n");
      w.write("{\"date\": \"2024-03-02\", \"text\": \"");
      for (int i = 0; i < 3 * ONE_MB / 10; i++) {
        w.write("word word ");
      }
      w.write("\"}\r\n");
      w.write("{\"date\": \"2024-03-03\", \"text\": \"Third story.\"}\n");
    }
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    read(sink, file);
    assertEquals(List.of("First story.", "Third story."), sink.articles.stream().map(Article::text).toList());
    assertEquals(1, sink.problems.size(), sink.problems.toString());
    assertEquals(ProblemKind.TOO_LARGE, sink.problems.get(0).kind());
    assertEquals(2, sink.problems.get(0).origin().position());
    assertEquals(List.of(1L, 3L), sink.articles.stream().map(a -> a.origin().position()).toList());
  }

  @Test
  void aHugeStringInAJsonDocumentStopsTheFileKeepingTheRecordsBefore() throws IOException {
    Path file = dir.resolve("feed.json");
    try (var w = Files.newBufferedWriter(file)) {
      w.write("[{\"date\": \"2024-03-01\", \"text\": \"First story.\"},\n{\"date\": \"2024-03-02\", \"text\": \"");
      w.write("x".repeat((int) ONE_MB + 10));
      w.write("\"}]\n");
    }
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    read(sink, file);
    assertEquals(List.of("First story."), sink.articles.stream().map(Article::text).toList());
    assertEquals(List.of(ProblemKind.TOO_LARGE), sink.problems.stream().map(Problem::kind).toList());
  }

  @Test
  void aCsvLinePastTheLimitStopsTheFileKeepingTheRowsBefore() throws IOException {
    Path file = dir.resolve("table.csv");
    Files.writeString(file, "date,text\n2024-03-01,First story.\n2024-03-02," + "y".repeat((int) ONE_MB + 10)
        + "\n2024-03-03,Third story.\n");
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    read(sink, file);
    assertEquals(List.of("First story."), sink.articles.stream().map(Article::text).toList());
    assertEquals(List.of(ProblemKind.TOO_LARGE), sink.problems.stream().map(Problem::kind).toList());
  }

  @Test
  void anHtmlPagePastTheLimitIsOneRow() throws IOException {
    Path file = dir.resolve("page.html");
    Files.writeString(file, "<html><body><article><p>" + "Long words here. ".repeat((int) (ONE_MB / 16) + 10)
        + "</p></article></body></html>");
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    read(sink, file);
    assertEquals(List.of(), sink.articles);
    assertEquals(List.of(ProblemKind.TOO_LARGE), sink.problems.stream().map(Problem::kind).toList());
  }

  @Test
  void boundedLinesSplitLikeReadLineAndPassOverALongLine() throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader("a\r\nbb\rccc\n" + "z".repeat(50) + "\r\nd\n\ne"), 10);
    assertEquals("a", lines.readLine());
    assertEquals("bb", lines.readLine());
    assertEquals("ccc", lines.readLine());
    TooLargeException e = assertThrows(TooLargeException.class, lines::readLine);
    assertEquals(50, e.reached());
    assertEquals("d", lines.readLine());
    assertEquals("", lines.readLine());
    assertEquals("e", lines.readLine());
    assertNull(lines.readLine());
  }

  @Test
  void readBytesStopsOneBytePastTheLimit() throws IOException {
    byte[] ten = new byte[10];
    assertEquals(10, RecordLimit.readBytes(new java.io.ByteArrayInputStream(ten), 10, "x").length);
    TooLargeException e = assertThrows(TooLargeException.class,
        () -> RecordLimit.readBytes(new java.io.ByteArrayInputStream(new byte[1000]), 9, "x"));
    assertEquals(10, e.reached());
  }
}
