package org.dateline.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Opens a gold file as strict UTF-8. Unlike a corpus, whose stray windows-1252 bytes are
 * repaired and counted, a gold file that is not UTF-8 is refused, naming the line and the byte:
 * a repaired character in a gold sentence could change its tokens and so the label it is scored
 * against, and the researcher should convert the file once rather than have it guessed at on
 * every run. A leading byte-order mark is dropped, as editors on Windows write one.
 */
final class GoldText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private GoldText() {}

  /**
   * The file's text as a reader.
   *
   * @throws GoldFormatException naming the line of the first bytes that are not UTF-8
   * @throws java.nio.file.NoSuchFileException when the file does not exist
   */
  static Reader open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return new StringReader(decode(Files.readAllBytes(file), file.toString()));
  }

  static String decode(byte[] bytes, String name) throws GoldFormatException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8(bytes, in.position(), result.length(), name);
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static GoldFormatException notUtf8(byte[] bytes, int at, int length, String name) {
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    StringBuilder hex = new StringBuilder();
    for (int i = at; i < Math.min(bytes.length, at + Math.max(1, length)); i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    String asWindows = new String(bytes, at, Math.min(bytes.length - at, Math.max(1, length)), WINDOWS_1252);
    return new GoldFormatException(name, line,
        "not valid UTF-8 at byte " + (at - lineStart + 1) + " of the line (" + hex + ", in windows-1252 '"
            + asWindows + "'); gold files are read as UTF-8 and never repaired, so that no label is scored against a "
            + "guessed character: convert the file to UTF-8 (for example iconv -f windows-1252 -t utf-8)", null);
  }
}
