package org.dateline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.csv");
    Files.writeString(target, "old contents that are longer\n");
    assertEquals(target, AtomicFiles.write(target, out -> out.write("new\n")));
    assertEquals("new\n", Files.readString(target));
    assertEquals(List.of("a.csv"), names());
  }

  @Test
  void createsMissingDirectories() throws IOException {
    Path target = dir.resolve("x/y/z.txt");
    AtomicFiles.write(target, out -> out.write("z"));
    assertEquals("z", Files.readString(target));
  }

  @Test
  void failureKeepsTheOldFileAndRemovesTheTemporaryFile() throws IOException {
    Path target = dir.resolve("a.csv");
    Files.writeString(target, "old\n");
    IOException boom = new IOException("boom");
    IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("partial");
      throw boom;
    }));
    assertSame(boom, thrown);
    assertEquals("old\n", Files.readString(target));
    assertEquals(List.of("a.csv"), names());

    assertThrows(IllegalStateException.class, () -> AtomicFiles.write(dir.resolve("b.csv"), out -> {
      throw new IllegalStateException("bug");
    }));
    assertEquals(List.of("a.csv"), names());
  }
}
