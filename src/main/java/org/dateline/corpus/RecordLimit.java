package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * The size past which a file or record is not read ({@code --max-record-mb}): a decompression
 * bomb or a record of a gigabyte would otherwise exhaust the heap and end the run with every
 * other file's tables. Text is counted in characters once decoded, bytes where a format decodes
 * its own (HTML pages, WARC payloads); a megabyte here is 2<sup>20</sup>.
 */
public final class RecordLimit {

  /** The default limit in megabytes. */
  public static final int DEFAULT_MB = 50;
  /** One megabyte in characters or bytes. */
  public static final long MB = 1L << 20;

  private RecordLimit() {}

  /** {@code mb} megabytes in characters. */
  public static long chars(int mb) {
    if (mb < 1) {
      throw new IllegalArgumentException("the record limit must be at least 1 MB, got " + mb);
    }
    return mb * MB;
  }

  /** A limit in whole megabytes, for messages. */
  static String megabytes(long limit) {
    return limit % MB == 0 ? Long.toString(limit / MB) : String.format(java.util.Locale.ROOT, "%.2f", limit / (double) MB);
  }

  /**
   * Reads {@code in} to its end, or stops at {@code limit} bytes.
   *
   * @param what what is read, for the message, such as "the page"
   * @throws TooLargeException when there are more than {@code limit} bytes; no more than
   *     {@code limit + 1} were read
   */
  public static byte[] readBytes(InputStream in, long limit, String what) throws IOException {
    int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    byte[] buf = new byte[Math.min(cap + 1, 65536)];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n > cap) {
          throw new TooLargeException(what, n, limit, "bytes");
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) cap + 1, (long) n * 2));
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) {
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
      }
      n += r;
    }
  }

  /** The {@link ProblemKind#TOO_LARGE} row for what {@code e} stopped. */
  public static Problem problem(Origin origin, TooLargeException e, String skipped) {
    return new Problem(origin, ProblemKind.TOO_LARGE, e.getMessage() + "; " + skipped
        + " (raise --max-record-mb, now " + megabytes(e.limit()) + ", to read it)");
  }
}
