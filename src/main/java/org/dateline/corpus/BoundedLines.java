package org.dateline.corpus;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines as {@link java.io.BufferedReader#readLine} does ({@code \n}, {@code \r\n} or
 * {@code \r}), but never holds more than a limit of one line: a longer line is passed over to
 * its end and reported by {@link TooLargeException}, and the next call reads the line after it.
 * For JSON Lines, whose one huge record must not cost the others. Not thread-safe.
 */
final class BoundedLines implements AutoCloseable {

  private final Reader in;
  private final long limit;
  private final char[] buf = new char[65536];
  private int pos;
  private int end;
  private boolean skipLf;

  BoundedLines(Reader in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /**
   * The next line without its ending, or null at the end of the text.
   *
   * @throws TooLargeException when the line is longer than the limit; it has been passed over
   */
  String readLine() throws IOException {
    StringBuilder sb = null;
    long length = 0;
    boolean tooLong = false;
    while (true) {
      if (pos >= end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (tooLong) {
            throw new TooLargeException("a line", length, limit);
          }
          return sb == null ? null : sb.toString();
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < end && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      int n = pos - start;
      length += n;
      if (!tooLong && length > limit) {
        tooLong = true;
        sb = null;
      }
      if (!tooLong) {
        if (sb == null) {
          sb = new StringBuilder(Math.max(16, n));
        }
        sb.append(buf, start, n);
      }
      if (pos < end) {
        skipLf = buf[pos] == '\r';
        pos++;
        if (tooLong) {
          throw new TooLargeException("a line", length, limit);
        }
        return sb == null ? "" : sb.toString();
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
