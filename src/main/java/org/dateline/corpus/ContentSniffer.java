package org.dateline.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.dateline.io.Sha256;

/**
 * Reads an input once before it is loaded: the size and SHA-256 of its raw bytes and, over the
 * decompressed bytes, whether it is text at all, its first non-blank character (for choosing a
 * loader) and how many bytes are not valid UTF-8 (so the loader decodes without checking again).
 *
 * <p>A file is not text when it starts with a known magic number (images, PDF, archives,
 * executables, which may hold no NUL byte early on), or when among its first {@value
 * #SNIFF_CHARS} characters there is a NUL or more than {@value #MAX_CONTROL_PERCENT}% control
 * characters.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentSniffer {

  static final int SNIFF_CHARS = 8192;
  /** Text has a tab or a form feed here and there; random or compressed bytes have about 12%. */
  static final int MAX_CONTROL_PERCENT = 2;
  private static final int BUFFER = 65536;

  private ContentSniffer() {}

  /**
   * What one pass over an input found.
   *
   * @param bytes the size of the raw (possibly compressed) bytes
   * @param sha256 the lower-case hex SHA-256 of the raw bytes
   * @param notText why the input is not text, or null
   * @param firstChar the first character that is neither white space nor a byte order mark
   *     among the first characters, or -1
   * @param repairedBytes bytes that are not valid UTF-8
   */
  record Sniff(long bytes, String sha256, String notText, int firstChar, long repairedBytes) {}

  /** Signatures of common binary files that may hold no NUL byte in their first bytes. */
  private static final List<Magic> MAGIC = List.of(
      new Magic("a PNG image", new int[] {0x89, 'P', 'N', 'G'}),
      new Magic("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
      new Magic("a GIF image", new int[] {'G', 'I', 'F', '8'}),
      new Magic("a PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
      new Magic("a ZIP archive (or .docx, .xlsx)", new int[] {'P', 'K', 3, 4}),
      new Magic("gzip-compressed data (name it .gz to read it)", new int[] {0x1F, 0x8B}),
      new Magic("bzip2-compressed data", new int[] {'B', 'Z', 'h'}),
      new Magic("xz-compressed data", new int[] {0xFD, '7', 'z', 'X', 'Z'}),
      new Magic("a 7-Zip archive", new int[] {'7', 'z', 0xBC, 0xAF}),
      new Magic("a RAR archive", new int[] {'R', 'a', 'r', '!'}),
      new Magic("an executable (ELF)", new int[] {0x7F, 'E', 'L', 'F'}),
      new Magic("a SQLite database", new int[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'}),
      new Magic("an old Office document", new int[] {0xD0, 0xCF, 0x11, 0xE0}),
      new Magic("a Java class file", new int[] {0xCA, 0xFE, 0xBA, 0xBE}));

  private record Magic(String what, int[] bytes) {
    boolean matches(byte[] head, int n) {
      if (n < bytes.length) {
        return false;
      }
      for (int i = 0; i < bytes.length; i++) {
        if ((head[i] & 0xff) != bytes[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Reads {@code input} to its end once.
   *
   * @throws java.util.zip.ZipException when the input is named {@code .gz} but is not gzip
   * @throws IOException when it cannot be read
   */
  static Sniff sniff(TextInput input) throws IOException {
    try (Sha256.CountingStream raw = Sha256.counting(input.bytes().open())) {
      BufferedInputStream in = new BufferedInputStream(
          input.compressed() ? new GZIPInputStream(raw, BUFFER) : raw, BUFFER);
      String magic = magic(in);
      RepairingUtf8Reader reader = new RepairingUtf8Reader(in);
      Head head = Head.read(reader);
      // The decompressor leaves the trailer unread; the digest covers the whole file.
      raw.readToEnd();
      String notText = magic != null ? magic : head.binary();
      return new Sniff(raw.count(), raw.hex(), notText, head.firstChar, reader.repairedBytes());
    }
  }

  /** What the input's magic number says it is, or null; leaves {@code in} where it was. */
  private static String magic(BufferedInputStream in) throws IOException {
    byte[] head = new byte[16];
    in.mark(head.length);
    int n = in.readNBytes(head, 0, head.length);
    in.reset();
    for (Magic m : MAGIC) {
      if (m.matches(head, n)) {
        return "looks like " + m.what() + ", not text";
      }
    }
    return null;
  }

  /** Counts of the first {@value #SNIFF_CHARS} characters. */
  private static final class Head {
    long seen;
    long control;
    long nulAt = -1;
    int firstChar = -1;

    /**
     * Reads the whole text, so that the reader counts every byte that is not UTF-8, and counts
     * the first characters.
     */
    static Head read(RepairingUtf8Reader reader) throws IOException {
      Head head = new Head();
      char[] buf = new char[16384];
      int r;
      while ((r = reader.read(buf, 0, buf.length)) > 0) {
        for (int i = 0; i < r && head.seen < SNIFF_CHARS; i++, head.seen++) {
          head.add(buf[i]);
        }
      }
      return head;
    }

    private void add(char c) {
      if (c == 0 && nulAt < 0) {
        nulAt = seen;
      }
      if (isControl(c)) {
        control++;
      }
      if (firstChar < 0 && !Character.isWhitespace(c) && c != '\uFEFF') {
        firstChar = c;
      }
    }

    /** Why these characters are not text, or null. */
    String binary() {
      if (nulAt >= 0) {
        return "looks binary (NUL byte at character " + nulAt + "; a UTF-16 file also has them)";
      }
      if (seen > 0 && control * 100 > seen * MAX_CONTROL_PERCENT) {
        return "looks binary (" + control + " of the first " + seen + " characters are control characters)";
      }
      return null;
    }
  }

  /** Control and unprintable characters, but not the white space of text. */
  static boolean isControl(char c) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
  }
}
