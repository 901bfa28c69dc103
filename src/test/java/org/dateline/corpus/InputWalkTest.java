package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run's inputs stand for: earlier outputs, files named twice, ids that collide. */
class InputWalkTest {

  @TempDir Path dir;

  private final CorpusReader reader = new CorpusReader(LoadOptions.defaults(), DATES);

  /** Keeps the notices along with records and problems. */
  private static final class Noticed extends CorpusAssertions.Collected {
    final List<String> notices = new ArrayList<>();

    @Override
    public void notice(String message) {
      notices.add(message);
    }
  }

  private Noticed read(Path... inputs) throws Exception {
    Noticed c = new Noticed();
    reader.read(List.of(inputs), c);
    return c;
  }

  private static List<String> ids(CorpusAssertions.Collected c) {
    return c.articles.stream().map(Article::id).toList();
  }

  private Path earlierOutput(Path folder, String program) throws Exception {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("manifest.json"),
        "{\n  \"program\": \"" + program + "\",\n  \"version\": \"0.1.0\"\n}\n");
    Files.writeString(folder.resolve("terms_by_date.csv"), "period,term,count\n2024-01-01,rice,3\n");
    Files.writeString(folder.resolve("bursts.csv"), "term,start,end\nrice,2024-01-01,2024-01-02\n");
    return folder;
  }

  @Test
  void anEarlierOutputFolderInsideAnInputFolderIsSkippedWithOneNotice() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("news.jsonl"), "{\"date\": \"2024-01-01\", \"text\": \"Rice was planted.\"}\n");
    earlierOutput(corpus.resolve("old-run"), "dateline");
    Noticed c = read(corpus);
    assertEquals(1, c.articles.size());
    assertEquals(List.of(), c.problems);
    assertEquals(1, c.notices.size(), c.notices.toString());
    assertTrue(c.notices.get(0).startsWith("skipped " + corpus.resolve("old-run").toString().replace('\\', '/') + "/:"),
        c.notices.get(0));
  }

  @Test
  void anOutputFolderNamedDirectlyIsRead() throws Exception {
    Path old = earlierOutput(dir.resolve("old-run"), "dateline");
    Noticed c = read(old);
    assertEquals(List.of(), c.notices);
    // Its tables and manifest have no text field: read, and each record listed as empty_text.
    assertEquals(3, c.problems.size(), c.problems.toString());
  }

  @Test
  void aManifestOfAnotherProgramIsNoReasonToSkip() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    earlierOutput(corpus.resolve("other"), "someone-else");
    Files.writeString(corpus.resolve("other").resolve("story.csv"), "date,text\n2024-02-02,Wheat grew.\n");
    Noticed c = read(corpus);
    assertEquals(List.of(), c.notices);
    assertEquals(1, c.articles.size());
  }

  @Test
  void theSameFileNamedTwiceIsReadOnceWithOneNotice() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Path a = Files.writeString(in.resolve("a.json"), "[{\"date\": \"2024-01-01\", \"text\": \"Once.\"}]");
    Noticed twice = read(a, a);
    assertEquals(List.of("a.json#1"), ids(twice));
    assertEquals(1, twice.notices.size(), twice.notices.toString());

    Noticed folderTwice = read(in, dir.resolve("./in/"));
    assertEquals(1, folderTwice.articles.size());
    assertEquals(1, folderTwice.notices.size());

    Noticed fileAndFolder = read(a, in);
    assertEquals(1, fileAndFolder.articles.size());
    assertEquals(a.toString().replace('\\', '/'), fileAndFolder.articles.get(0).origin().file());
    assertTrue(fileAndFolder.notices.get(0).startsWith("1 file(s) reached through more than one input, read once: "),
        fileAndFolder.notices.get(0));
  }

  @Test
  void anEmptyInputPathIsRefused() {
    assertThrows(NoSuchFileException.class, () -> read(Path.of("")));
  }

  @Test
  void filesThatShareANameGetIdsWithTheirFolder() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("a"));
    Files.createDirectories(corpus.resolve("b/deep"));
    Files.writeString(corpus.resolve("a/2024-01-01.txt"), "Rice was planted in the north.\n");
    Files.writeString(corpus.resolve("b/deep/2024-01-01.txt"), "Wheat was harvested in the south.\n");
    Files.writeString(corpus.resolve("b/2024-01-02.txt"), "Barley was sown.\n");
    Noticed c = read(corpus);
    assertEquals(List.of("a/2024-01-01.txt:1", "2024-01-02.txt:1", "b/deep/2024-01-01.txt:1"), ids(c));
  }

  @Test
  void filesNamedDirectlyThatShareANameGetIdsWithTheirWholeName() throws Exception {
    Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("wire.jsonl"),
        "{\"date\": \"2024-01-01\", \"text\": \"One.\"}\n");
    Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("wire.jsonl"),
        "{\"date\": \"2024-01-01\", \"text\": \"Two.\"}\n");
    Noticed c = read(a, b);
    assertEquals(List.of(a.toString().replace('\\', '/') + ":1", b.toString().replace('\\', '/') + ":1"), ids(c));
  }
}
