package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Decodes UTF-8 byte by byte, reading each byte that is not part of a well-formed UTF-8
 * sequence as windows-1252 and counting it. A UTF-8 file with a few stray windows-1252 bytes
 * (a curly quote pasted from an old document) so keeps all its UTF-8 characters: re-decoding
 * the whole file as windows-1252 would turn every {@code ’} elsewhere into {@code â€™}. A file
 * wholly in windows-1252 decodes as it would with that charset, since its high bytes almost
 * never form valid UTF-8 sequences. Not thread-safe.
 */
final class RepairingUtf8Reader extends Reader {

  private static final char[] WINDOWS_1252 = new char[256];

  static {
    Charset cp1252 = Charset.forName("windows-1252");
    for (int b = 0; b < 256; b++) {
      WINDOWS_1252[b] = new String(new byte[] {(byte) b}, cp1252).charAt(0);
    }
  }

  private final InputStream in;
  private final byte[] buf = new byte[65536];
  private int pos;
  private int lim;
  private boolean eof;
  private char pendingLow;
  private long repaired;

  RepairingUtf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** Bytes read so far that were not valid UTF-8 and were read as windows-1252. */
  long repairedBytes() {
    return repaired;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, cbuf.length);
    if (len == 0) {
      return 0;
    }
    int n = 0;
    while (n < len) {
      if (pendingLow != 0) {
        cbuf[off + n++] = pendingLow;
        pendingLow = 0;
        continue;
      }
      if (!ensure(1)) {
        break;
      }
      int b = buf[pos] & 0xff;
      if (b < 0x80) {
        // a run of ASCII, most of most texts, copied without the checks a sequence needs
        int end = Math.min(lim, pos + len - n);
        int p = pos;
        while (p < end && buf[p] >= 0) {
          cbuf[off + n++] = (char) buf[p++];
        }
        pos = p;
        continue;
      }
      int cp = sequence(b);
      if (cp < 0) {
        cbuf[off + n++] = WINDOWS_1252[b];
        pos++;
        repaired++;
      } else if (cp >= 0x10000) {
        cbuf[off + n++] = Character.highSurrogate(cp);
        pendingLow = Character.lowSurrogate(cp);
      } else {
        cbuf[off + n++] = (char) cp;
      }
    }
    return n == 0 ? -1 : n;
  }

  /**
   * The code point of the well-formed sequence starting with lead byte {@code b} at {@link
   * #pos}, consuming it; -1 (consuming nothing) when the bytes are not well-formed UTF-8.
   */
  private int sequence(int b) throws IOException {
    int extra;
    int min = 0x80;
    int max = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      extra = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      extra = 2;
      // No overlong forms and no surrogates (RFC 3629).
      min = b == 0xE0 ? 0xA0 : 0x80;
      max = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
      extra = 3;
      min = b == 0xF0 ? 0x90 : 0x80;
      max = b == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (!ensure(extra + 1)) {
      return -1;
    }
    int second = buf[pos + 1] & 0xff;
    if (second < min || second > max) {
      return -1;
    }
    int cp = b & (0x3F >> extra);
    for (int i = 1; i <= extra; i++) {
      int c = buf[pos + i] & 0xff;
      if ((c & 0xC0) != 0x80) {
        return -1;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    pos += extra + 1;
    return cp;
  }

  /** True when at least {@code k} bytes are buffered, reading more as needed. */
  private boolean ensure(int k) throws IOException {
    if (lim - pos >= k) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    while (!eof && lim < k) {
      int r = in.read(buf, lim, buf.length - lim);
      if (r < 0) {
        eof = true;
      } else {
        lim += r;
      }
    }
    return lim - pos >= k;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
