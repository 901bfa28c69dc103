package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.dateline.corpus.CorpusAssertions.shared;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {

  private final CorpusReader reader = new CorpusReader(LoadOptions.defaults(), DATES);

  @Test
  void walksFoldersInSortedOrder(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("input");
    write(input, "b.txt", "Story B.");
    write(input, "a/z.json", "[{\"text\": \"Story Z.\", \"date\": \"2024-01-02\"}]");
    write(input, "a/feed.ndjson", "{\"text\": \"Story F.\"}\n");
    write(input, "c.csv", "title,text\nC,Story C.\n");
    write(input, "d.dat", "  {\"text\": \"Story D.\"}");
    write(input, "e", "Story E.");
    write(input, ".hidden.txt", "Hidden.");
    write(input, ".git/config.txt", "Hidden folder.");
    write(input, "SOURCE.md", "About the data.");
    write(input, "README.txt", "Read me.");
    Files.write(input.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    boolean linked = true;
    try {
      Files.createSymbolicLink(input.resolve("a/loop"), input);
    } catch (UnsupportedOperationException | IOException e) {
      // No symbolic links on this file system; the rest of the test still holds.
      linked = false;
    }

    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    List<InputFile> files = new CorpusReader(LoadOptions.defaults(), DATES).read(List.of(input), c);

    String prefix = input.toString().replace('\\', '/') + "/";
    assertEquals(
        List.of(
            // Undated JSON and CSV records get one undated row per file; page text does not.
            "a/feed.ndjson jsonl 1 1",
            "a/z.json json 1 0",
            "b.txt page 1 0",
            "c.csv csv 1 1",
            "e page 1 0"),
        files.stream()
            .map(f -> f.path().substring(prefix.length()) + " " + f.format() + " " + f.records() + " " + f.problems())
            .toList());
    assertEquals(
        List.of("Story F.", "Story Z.", "Story B.", "Story C.", "Story E."),
        c.articles.stream().map(Article::text).toList());
    // Files of other extensions found in a folder are listed, not read.
    assertEquals(List.of(prefix + "d.dat", prefix + "image.bin"),
        c.problemsOf(ProblemKind.UNKNOWN_FORMAT).stream().map(p -> p.origin().file()).toList());
    assertEquals(Origin.record(prefix + "a/z.json", 1), c.articles.get(1).origin());
    // The link to a folder is listed, not followed.
    assertEquals(linked ? Map.of(ProblemKind.UNKNOWN_FORMAT, 2L, ProblemKind.UNREADABLE_FILE, 1L, ProblemKind.UNDATED, 2L)
        : Map.of(ProblemKind.UNKNOWN_FORMAT, 2L, ProblemKind.UNDATED, 2L), c.problemCounts());

    // Named as an input, the same file is read, its format sniffed.
    CorpusAssertions.Collected named = new CorpusAssertions.Collected();
    List<InputFile> one = new CorpusReader(LoadOptions.defaults(), DATES).read(List.of(input.resolve("d.dat")), named);
    assertEquals("json", one.get(0).format());
    assertEquals(List.of("Story D."), named.articles.stream().map(Article::text).toList());
    InputFile b = files.get(2);
    assertEquals(8, b.bytes());
    assertEquals(sha256("Story B."), b.sha256());
  }

  @Test
  void relativeFolderNamesUseSlashes(@TempDir Path dir) throws IOException {
    Path input = write(dir, "input/naenara-page.txt", "Text.").getParent();
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    Path relative = Path.of("").toAbsolutePath().relativize(input);
    List<InputFile> files = reader.read(List.of(relative), c);
    assertEquals(relative.toString().replace('\\', '/') + "/naenara-page.txt", files.get(0).path());
  }

  @Test
  void missingInputIsAUsageError(@TempDir Path dir) throws IOException {
    Path there = write(dir, "there.txt", "Text.");
    Path missing = dir.resolve("missing.json");
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    NoSuchFileException e =
        assertThrows(NoSuchFileException.class, () -> reader.read(List.of(there, missing), c));
    assertEquals(missing.toString(), e.getFile());
    assertEquals(List.of(), c.articles);
  }

  @Test
  void sharedKcna2024() throws IOException {
    Path folder = shared("corpora", "kcna-2024");
    assumeTrue(Files.isDirectory(folder), "../shared is absent");
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    List<InputFile> files = reader.read(List.of(folder), c);

    assertEquals(1, files.size());
    InputFile f = files.get(0);
    assertEquals("json", f.format());
    assertEquals(1862, f.records());
    assertEquals(249, f.problems());
    assertEquals(1862, c.articles.size());
    assertEquals(Map.of(ProblemKind.EMPTY_TEXT, 249L), c.problemCounts());
    assertEquals(
        2111,
        Math.max(
            c.articles.get(c.articles.size() - 1).origin().position(),
            c.problems.get(c.problems.size() - 1).origin().position()));

    Article first = c.articles.get(0);
    assertEquals(LocalDate.of(2023, 12, 24), first.date());
    assertEquals(DateSource.FIELD, first.dateSource());
    assertEquals("KCNA", first.source());
    assertEquals("Japan's Discharge of Nuclear-polluted Water Is Crime: KCNA Commentary", first.title());
    assertEquals("headlines_2024-11-11.json#1", first.id());
    assertEquals(1803, c.articles.stream().filter(a -> "KCNA".equals(a.source())).count());
    assertTrue(c.articles.stream().allMatch(a -> a.dateSource() == DateSource.FIELD));
    assertTrue(c.articles.stream().noneMatch(a -> a.title().contains("[Juche")));
  }

  @Test
  void sharedReutersCsv() throws IOException {
    Path csv = shared("corpora", "reuters-politics-2017", "reuters-politics-2017.csv");
    assumeTrue(Files.exists(csv), "../shared is absent");
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    List<InputFile> files = reader.read(List.of(csv), c);
    assertEquals(561, files.get(0).records());
    assertEquals(List.of(), c.problems);
    Article first = c.articles.get(0);
    assertEquals(LocalDate.of(2017, 12, 31), first.date());
    assertEquals(DateSource.FIELD, first.dateSource());
    assertEquals("Reuters", first.source());
    assertEquals("As U.S. budget fight looms, Republicans flip their fiscal script", first.title());
    assertEquals(Origin.line(csv.toString().replace('\\', '/'), 2), first.origin());
    assertEquals(535, c.articles.stream().filter(a -> "Reuters".equals(a.source())).count());
    assertTrue(c.articles.stream().allMatch(a -> a.date() != null
        && !a.date().isBefore(LocalDate.of(2017, 11, 16)) && !a.date().isAfter(LocalDate.of(2017, 12, 31))));
  }

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
