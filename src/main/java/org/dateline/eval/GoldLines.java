package org.dateline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The line loop every line-per-item gold reader shares: blank lines are skipped, and whatever a
 * line's parser rejects becomes a {@link GoldFormatException} naming the file and the line.
 */
final class GoldLines {

  /** Parses one non-blank line, adding what it holds to {@code out}. */
  interface LineParser<T> {
    void parse(String line, long lineNumber, List<T> out) throws IOException;
  }

  private GoldLines() {}

  static <T> List<T> read(Path file, LineParser<T> parser) throws IOException {
    Objects.requireNonNull(file, "file");
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString(), parser);
    }
  }

  static <T> List<T> read(Reader reader, String name, LineParser<T> parser) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parser, "parser");
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<T> out = new ArrayList<>();
    long lineNumber = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        parser.parse(line, lineNumber, out);
      } catch (GoldFormatException e) {
        throw e;
      } catch (IOException | IllegalArgumentException e) {
        throw new GoldFormatException(name, lineNumber, e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }
}
