package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every gold reader does with a file that is empty or not UTF-8. */
class GoldFilesTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Reads a gold file the way one reader does. */
  private interface GoldReader {
    List<?> read(Path file) throws IOException;
  }

  private static final GoldReader CONLL = ConllReader::read;
  private static final GoldReader SST = SstReader::read;
  private static final GoldReader RATINGS = RatingsReader::read;
  private static final GoldReader NEWSMTSC = NewsMtscReader::read;

  /** {@code good} lines as UTF-8, then one line in windows-1252 holding a curly quote. */
  private static Path withWindowsLine(Path dir, String name, List<String> good, String bad) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String line : good) {
      bytes.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes((bad + "\n").getBytes(WINDOWS_1252));
    return Files.write(dir.resolve(name), bytes.toByteArray());
  }

  private static GoldFormatException refused(GoldReader reader, Path file) {
    return assertThrows(GoldFormatException.class, () -> reader.read(file));
  }

  @Test
  void aWindows1252ConllFileIsRefusedNamingTheLineAfterManyGoodOnes(@TempDir Path dir) throws IOException {
    // More lines than a reader's buffer holds, so the line number cannot come from where decoding stopped.
    List<String> good = IntStream.range(0, 3000).mapToObj(i -> "word" + i + " NN O").toList();
    Path file = withWindowsLine(dir, "w.conll", good, "\u201cquoted\u201d NN B-MISC");
    GoldFormatException e = refused(CONLL, file);
    assertEquals(3001, e.line());
    assertEquals(file.toString(), e.file());
    assertTrue(e.getMessage().startsWith(file + ":3001: not valid UTF-8 at byte 1 of the line (0x93, in windows-1252 '\u201c')"),
        e.getMessage());
    assertTrue(e.getMessage().contains("convert the file to UTF-8"), e.getMessage());
  }

  @Test
  void everyReaderRefusesAWindows1252LineNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path sst = withWindowsLine(dir, "s.tsv",
        List.of(String.join("\t", SstReader.HEADER), "1\t4\t1\tA great film ."), "2\t0\t0\tA caf\u00e9 film .");
    assertTrue(refused(SST, sst).getMessage().startsWith(sst + ":3: not valid UTF-8 at byte 12 of the line (0xE9,"),
        () -> refused(SST, sst).getMessage());
    Path ratings = withWindowsLine(dir, "r.tsv", List.of("a\t1\tFine."), "b\t-2\tIt\u2019s bad.");
    assertTrue(refused(RATINGS, ratings).getMessage().startsWith(ratings + ":2: not valid UTF-8 at byte 8 of the line"),
        () -> refused(RATINGS, ratings).getMessage());
    Path news = withWindowsLine(dir, "n.jsonl", List.of(),
        "{\"sentence_normalized\": \"Smith\u2019s plan.\", \"targets\": []}");
    assertTrue(refused(NEWSMTSC, news).getMessage().startsWith(news + ":1: not valid UTF-8 at byte 31 of the line"),
        () -> refused(NEWSMTSC, news).getMessage());
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstItem(@TempDir Path dir) throws IOException {
    Path sst = Files.writeString(dir.resolve("s.tsv"),
        "\uFEFF" + String.join("\t", SstReader.HEADER) + "\n1\t4\t1\tA great film .\n");
    assertEquals("A great film .", SstReader.read(sst).get(0).text());
    Path ratings = Files.writeString(dir.resolve("r.tsv"), "\uFEFFa_1\t2\tFine.\n");
    assertEquals("a_1", RatingsReader.read(ratings).get(0).id());
  }

  @Test
  void anEmptyFileIsRefusedByEveryReader(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty"), "");
    for (GoldReader reader : List.of(CONLL, SST, RATINGS, NEWSMTSC)) {
      GoldFormatException e = refused(reader, empty);
      assertTrue(e.getMessage().startsWith(empty + ": is empty; expected "), e.getMessage());
      assertEquals(0, e.line());
    }
  }

  @Test
  void aFileWithLinesButNoItemIsRefused(@TempDir Path dir) throws IOException {
    Path blank = Files.writeString(dir.resolve("blank"), "\n  \n\n");
    assertEquals(blank + ": holds no rated sentences (id TAB score TAB text lines) in its 3 line(s)",
        refused(RATINGS, blank).getMessage());
    Path docstarts = Files.writeString(dir.resolve("d.conll"), "-DOCSTART- -X- -X- O\n\n-DOCSTART- -X- -X- O\n");
    assertTrue(refused(CONLL, docstarts).getMessage().startsWith(docstarts + ": holds no tokens in its 3 line(s); "),
        () -> refused(CONLL, docstarts).getMessage());
    Path header = Files.writeString(dir.resolve("h.tsv"), String.join("\t", SstReader.HEADER) + "\n\n");
    assertEquals(header + ": holds its header but no sentences", refused(SST, header).getMessage());
    Path noTargets = Files.writeString(dir.resolve("n.jsonl"),
        "{\"sentence_normalized\": \"Nobody here.\", \"targets\": []}\n");
    assertTrue(refused(NEWSMTSC, noTargets).getMessage().startsWith(noTargets + ": holds no targets"),
        () -> refused(NEWSMTSC, noTargets).getMessage());
  }

  @Test
  void theReaderFormsRefuseEmptyInputToo() {
    GoldFormatException e = assertThrows(GoldFormatException.class, () -> ConllReader.read(new StringReader(""), "x.conll"));
    assertTrue(e.getMessage().startsWith("x.conll: is empty"), e.getMessage());
    e = assertThrows(GoldFormatException.class, () -> SstReader.read(new StringReader(""), "x.tsv"));
    assertTrue(e.getMessage().startsWith("x.tsv: is empty"), e.getMessage());
  }
}
