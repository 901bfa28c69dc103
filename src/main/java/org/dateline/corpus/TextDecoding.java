package org.dateline.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens text files as UTF-8 without a byte order mark, falling back to windows-1252 for files
 * that are not valid UTF-8: old scrapes and spreadsheet exports are often in that code page,
 * and reading them as UTF-8 would scatter replacement characters through the text.
 */
final class TextDecoding {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char BOM = '\uFEFF';

  private TextDecoding() {}

  /**
   * UTF-8 when the whole file decodes strictly as UTF-8, else windows-1252. Reads the file
   * once, streaming, so that loaders can then stream it knowing the encoding.
   */
  static Charset detect(Path file) throws IOException {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (InputStream in = Files.newInputStream(file);
        Reader r = new InputStreamReader(in, strict)) {
      char[] buf = new char[16384];
      while (r.read(buf) >= 0) {
        // only validating
      }
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException e) {
      return WINDOWS_1252;
    }
  }

  /** A reader over the decoded file with any leading byte order mark removed. */
  static BufferedReader open(Path file) throws IOException {
    Charset cs = detect(file);
    BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), cs), 65536);
    try {
      r.mark(1);
      int first = r.read();
      if (first != BOM && first != -1) {
        r.reset();
      }
      return r;
    } catch (IOException e) {
      r.close();
      throw e;
    }
  }

  /** The whole decoded file, without a byte order mark. For small, line-oriented inputs. */
  static String readString(Path file) throws IOException {
    try (BufferedReader r = open(file)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[16384];
      int n;
      while ((n = r.read(buf)) >= 0) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  /** The last element of a path, for article ids that do not depend on where a corpus lives. */
  static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
