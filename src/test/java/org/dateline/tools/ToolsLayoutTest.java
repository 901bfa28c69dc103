package org.dateline.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule of {@code package-info.java}: the product does not import the instruments around it,
 * and the instruments hold no CoreNLP types. Checked on the sources, so a new import that breaks
 * it fails here rather than in a reading of the tree.
 */
class ToolsLayoutTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path TOOLS = MAIN.resolve(Path.of("org", "dateline", "tools"));
  private static final Path BENCH_COMMAND = MAIN.resolve(Path.of("org", "dateline", "cli", "BenchCommand.java"));

  @Test
  void onlyTheBenchCommandImportsATool() throws IOException {
    assertEquals(List.of(), sources(f -> !f.startsWith(TOOLS) && !f.equals(BENCH_COMMAND)
        && read(f).contains("import org.dateline.tools.")));
  }

  @Test
  void toolsHoldNoCoreNlpTypes() throws IOException {
    assertEquals(List.of(), sources(f -> f.startsWith(TOOLS) && read(f).contains("edu.stanford.")));
  }

  @Test
  void theCoreNlpBaselineServesOnlyTheTools() throws IOException {
    Path adapter = MAIN.resolve(Path.of("org", "dateline", "annotate", "corenlp"));
    assertEquals(List.of(), sources(f -> !f.startsWith(TOOLS) && !f.startsWith(adapter)
        && read(f).contains("CoreNlpBaseline")));
  }

  private static List<Path> sources(Predicate<Path> offending) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files.filter(f -> f.toString().endsWith(".java")).filter(offending).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
