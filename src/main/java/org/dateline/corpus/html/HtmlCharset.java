package org.dateline.corpus.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: a charset given by the transport (a WARC record's HTTP
 * header) wins, then a byte-order mark, then {@code <meta charset>} or {@code <meta
 * http-equiv=Content-Type content="...; charset=...">} in the first bytes, then the intake's
 * rule for text files: UTF-8 when the bytes are valid UTF-8, else windows-1252.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlCharset {

  /** How far into the page a {@code <meta>} charset declaration is looked for. */
  static final int META_SCAN_BYTES = 4096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private HtmlCharset() {}

  /**
   * The decoded page.
   *
   * @param bytes the page's bytes
   * @param declared a charset from the transport, or null
   */
  public static String decode(byte[] bytes, String declared) {
    Charset transport = charset(declared);
    if (transport != null) {
      return stripBom(new String(bytes, transport));
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      Charset meta = charset(m.group(1));
      // A page declaring UTF-16 in ASCII bytes cannot be UTF-16; HTML's rule reads it as UTF-8.
      if (meta != null && !meta.name().startsWith("UTF-16")) {
        if (!meta.equals(StandardCharsets.UTF_8)) {
          return new String(bytes, meta);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
          return utf8;
        }
      }
    }
    String utf8 = strictUtf8(bytes);
    return utf8 != null ? utf8 : repaired(bytes);
  }

  /** A charset by its label; ISO-8859-1 and ASCII are read as windows-1252, as browsers do. */
  static Charset charset(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")
        || l.equals("iso8859-1") || l.equals("latin-1")) {
      return WINDOWS_1252;
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** The bytes decoded as UTF-8, or null when they are not valid UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    // The String constructor is the JDK's fastest decoder and writes U+FFFD for every malformed
    // sequence, so a result without one is the strict decoding; only a page holding U+FFFD
    // (written out, or in place of malformed bytes) is decoded again, strictly.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) {
      return lenient;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** UTF-8 where the bytes are valid UTF-8, each other byte as windows-1252. */
  private static String repaired(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length);
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      if (n > 1 && i + n <= bytes.length && continuation(bytes, i + 1, n - 1)) {
        String s = new String(bytes, i, n, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) {
          sb.append(s);
          i += n;
          continue;
        }
      }
      if (n == 1) {
        sb.append((char) b);
      } else {
        sb.append(new String(bytes, i, 1, WINDOWS_1252));
      }
      i++;
    }
    return sb.toString();
  }

  private static boolean continuation(byte[] bytes, int from, int count) {
    for (int k = from; k < from + count; k++) {
      if ((bytes[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String stripBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }
}
