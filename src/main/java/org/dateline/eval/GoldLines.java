package org.dateline.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The line loop every line-per-item gold reader shares: the file is read as strict UTF-8
 * ({@link GoldText}), blank lines are skipped, whatever a line's parser rejects becomes a
 * {@link GoldFormatException} naming the file and the line, and a file that yields no item is
 * refused, since every figure scored on it would be empty or zero.
 */
final class GoldLines {

  /** Parses one non-blank line, adding what it holds to {@code out}. */
  interface LineParser<T> {
    void parse(String line, long lineNumber, List<T> out) throws IOException;
  }

  private GoldLines() {}

  /**
   * @param expected what the file should hold, for the message when it holds nothing, such as
   *     "rated sentences (id TAB score TAB text lines)"
   */
  static <T> List<T> read(Path file, LineParser<T> parser, String expected) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader in = GoldText.open(file)) {
      return read(in, file.toString(), parser, expected);
    }
  }

  static <T> List<T> read(Reader reader, String name, LineParser<T> parser, String expected) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(expected, "expected");
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
    if (out.isEmpty()) {
      throw new GoldFormatException(name, lineNumber == 0 ? "is empty; expected " + expected
          : "holds no " + expected + " in its " + lineNumber + " line(s)");
    }
    return List.copyOf(out);
  }
}
