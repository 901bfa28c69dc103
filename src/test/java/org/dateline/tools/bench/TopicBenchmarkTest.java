package org.dateline.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicBenchmarkTest {

  @TempDir Path dir;

  @Test
  void writesOneFilePerDocumentForImportDirReplacingAnEarlierBenchs() throws IOException {
    Path folder = dir.resolve("topic-texts");
    TopicBenchmark.writeTexts(List.of("first", "second", "third"), folder);
    TopicBenchmark.writeTexts(List.of("Kim's visit", "Ri Su Yong"), folder);
    assertEquals(List.of("d000000.txt", "d000001.txt"), names(folder));
    assertEquals("Kim's visit", Files.readString(folder.resolve("d000000.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void refusesAFolderHoldingFilesItDidNotWrite() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("topic-texts"));
    TopicBenchmark.writeTexts(List.of("an earlier story"), folder);
    Files.writeString(folder.resolve("notes.txt"), "mine");
    IOException e = assertThrows(IOException.class, () -> TopicBenchmark.writeTexts(List.of("a story"), folder));
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    assertEquals(List.of("d000000.txt", "notes.txt"), names(folder));
    assertEquals("an earlier story", Files.readString(folder.resolve("d000000.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void readsMalletsTotalTime() {
    assertEquals(3725.0, TopicBenchmark.malletSeconds("...\nTotal time: 1 hours 2 minutes 5 seconds\n"), 0);
    assertEquals(14.0, TopicBenchmark.malletSeconds("Total time: 14 seconds"), 0);
    assertTrue(Double.isNaN(TopicBenchmark.malletSeconds("no time printed")));
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
