package org.dateline.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one format of the program's word and name lists (stopwords, glued names, and any list
 * to come): UTF-8, one entry per line, {@code #} starts a comment that runs to the end of the
 * line, blank lines and surrounding whitespace are ignored, and a byte-order mark (as Windows
 * editors save) is dropped, so that it never sticks to the first entry.
 */
public final class ListFile {

  /** One entry and the line it is on, for messages. */
  public record Entry(int line, String text) {
    public Entry {
      Objects.requireNonNull(text, "text");
    }
  }

  private ListFile() {}

  public static List<Entry> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    }
  }

  /**
   * Reads a list bundled with the program.
   *
   * @throws IllegalStateException when the resource is missing: a broken build, not bad input
   */
  public static List<Entry> resource(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("resource " + name + " is missing from the class path; rebuild the jar");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
    }
  }

  public static List<Entry> parse(Reader in) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<Entry> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      int hash = line.indexOf('#');
      String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!text.isEmpty()) {
        out.add(new Entry(number, text));
      }
    }
    return out;
  }
}
