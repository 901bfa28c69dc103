package org.dateline.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
 * characters, or when they do not look like writing: too many symbols that text rarely holds
 * (see {@link #isOdd}: {@value #MAX_ODD_PERCENT}%, or {@value #MAX_ODD_PERCENT_FEW_LETTERS}% where
 * fewer than {@value #MIN_LETTER_PERCENT}% of the characters are letters or digits or fewer than
 * {@value #MIN_SPACE_PERCENT}% are spaces), or letters
 * scattered over many scripts ({@value #MAX_STRAY_SCRIPT_PERCENT}% outside the two most used and
 * Latin). Random bytes read as UTF-8 with windows-1252 for the invalid sequences give symbols
 * ({@code ¢ ¤ ¦ ¨ ¬ ± ² ¼}) and letters of many scripts; text in any one language, repaired
 * windows-1252 included, gives letters.
 *
 * <p>A file read whole (a page) need not be read past the record limit: the scan stops there
 * and says so ({@link Sniff#textChars}).
 *
 * <p>Stateless and thread-safe.
 */
final class ContentSniffer {

  static final int SNIFF_CHARS = 8192;
  /** Text has a tab or a form feed here and there; random or compressed bytes have about 12%. */
  static final int MAX_CONTROL_PERCENT = 2;
  /** Symbols text rarely holds: news has a degree sign or a euro here and there, random bytes one in six. */
  static final int MAX_ODD_PERCENT = 10;
  static final int MAX_ODD_PERCENT_FEW_LETTERS = 3;
  static final int MIN_LETTER_PERCENT = 50;
  /** Words are short: a space every few characters, except in scripts written without them. */
  static final int MIN_SPACE_PERCENT = 3;
  /** Text mixes one or two scripts with Latin; random UTF-8 sequences land in a dozen. */
  static final int MAX_STRAY_SCRIPT_PERCENT = 10;
  /** Too few characters to judge their mix. */
  private static final int MIN_JUDGED = 64;
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
   * @param textChars the characters of decoded text read; when the scan stopped at a limit,
   *     more than the limit, and the file is longer still
   */
  record Sniff(long bytes, String sha256, String notText, int firstChar, long repairedBytes, long textChars) {}

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
    return sniff(input, Long.MAX_VALUE);
  }

  /**
   * Reads {@code input} to its end once, or until its text passes {@code stopAfter} characters.
   *
   * @throws java.util.zip.ZipException when the input is named {@code .gz} but is not gzip
   * @throws IOException when it cannot be read
   */
  static Sniff sniff(TextInput input, long stopAfter) throws IOException {
    try (Sha256.CountingStream raw = Sha256.counting(input.bytes().open())) {
      BufferedInputStream in = new BufferedInputStream(
          input.compressed() ? new GZIPInputStream(raw, BUFFER) : raw, BUFFER);
      String magic = magic(in);
      RepairingUtf8Reader reader = new RepairingUtf8Reader(in);
      Head head = Head.read(reader, stopAfter);
      // The decompressor leaves the trailer unread; the digest covers the whole file.
      raw.readToEnd();
      String notText = magic != null ? magic : head.binary();
      return new Sniff(raw.count(), raw.hex(), notText, head.firstChar, reader.repairedBytes(), head.total);
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
    long total;
    long judged;
    long wordy;
    long odd;
    long space;
    final Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    /** Latin letters below 128, not yet in {@link #scripts}. */
    long asciiLetters;

    /**
     * Reads the whole text, so that the reader counts every byte that is not UTF-8, and counts
     * the first characters; stops once more than {@code stopAfter} characters are read.
     */
    static Head read(RepairingUtf8Reader reader, long stopAfter) throws IOException {
      Head head = new Head();
      char[] buf = new char[16384];
      int r;
      while ((r = reader.read(buf, 0, buf.length)) > 0) {
        for (int i = 0; i < r && head.seen < SNIFF_CHARS; i++, head.seen++) {
          head.add(buf[i]);
        }
        head.total += r;
        if (head.total > stopAfter) {
          break;
        }
      }
      return head;
    }

    private void add(char c) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space++;
      } else if (!Character.isSurrogate(c)) {
        judged++;
        if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
            || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
          wordy++;
          if (c < 128 && Character.isLetter(c)) {
            // most letters of most files: counted here and put in the map once, in binary()
            asciiLetters++;
          } else if (Character.isLetter(c)) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
              scripts.merge(script, 1, Integer::sum);
            }
          }
        } else if (isOdd(c)) {
          odd++;
        }
      }
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
      if (asciiLetters > 0) {
        scripts.merge(Character.UnicodeScript.LATIN, (int) asciiLetters, Integer::sum);
        asciiLetters = 0;
      }
      if (nulAt >= 0) {
        return "looks binary (NUL byte at character " + nulAt + "; a UTF-16 file also has them)";
      }
      if (seen > 0 && control * 100 > seen * MAX_CONTROL_PERCENT) {
        return "looks binary (" + control + " of the first " + seen + " characters are control characters)";
      }
      boolean fewLettersOrSpaces = wordy * 100 < judged * MIN_LETTER_PERCENT || space * 100 < seen * MIN_SPACE_PERCENT;
      if (judged >= MIN_JUDGED && (odd * 100 > judged * MAX_ODD_PERCENT
          || odd * 100 > judged * MAX_ODD_PERCENT_FEW_LETTERS && fewLettersOrSpaces)) {
        return "does not look like text (" + odd + " of the first " + judged + " visible characters are symbols"
            + " text rarely holds, " + wordy + " are letters or digits, " + space + " characters are spaces)";
      }
      long stray = strayLetters();
      long letters = scripts.values().stream().mapToLong(Integer::longValue).sum();
      if (letters >= MIN_JUDGED && stray * 100 > letters * MAX_STRAY_SCRIPT_PERCENT) {
        return "does not look like text (" + stray + " of the first " + letters + " letters are scattered over "
            + scripts.size() + " scripts)";
      }
      return null;
    }

    /** Letters outside the two most used scripts and Latin. */
    private long strayLetters() {
      List<Integer> counts = new ArrayList<>();
      for (var e : scripts.entrySet()) {
        if (e.getKey() != Character.UnicodeScript.LATIN) {
          counts.add(e.getValue());
        }
      }
      counts.sort(Comparator.reverseOrder());
      long stray = 0;
      for (int i = 2; i < counts.size(); i++) {
        stray += counts.get(i);
      }
      return stray;
    }
  }

  /**
   * Characters that text holds rarely: symbols outside ASCII (currency, maths, modifiers,
   * {@code © ° ¦}), fractions and superscripts, the replacement character, private-use and
   * unassigned code points. Emoji are surrogate pairs here and are not counted.
   */
  static boolean isOdd(char c) {
    if (c < 0x80) {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.OTHER_SYMBOL, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
          Character.OTHER_NUMBER, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
      default -> c == '\uFFFD';
    };
  }

  /** Control and unprintable characters, but not the white space of text. */
  static boolean isControl(char c) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
  }
}
