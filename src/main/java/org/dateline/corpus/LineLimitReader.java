package org.dateline.corpus;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes text on until a line grows past a limit, then throws {@link TooLargeException}, so
 * that a reader above (a CSV parser, {@link java.io.BufferedReader#readLine}) never builds a
 * line of a gigabyte. Lines end at {@code \n} or {@code \r}.
 */
final class LineLimitReader extends FilterReader {

  private final long limit;
  private long line;

  LineLimitReader(Reader in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = in.read(cbuf, off, len);
    for (int i = off; i < off + n; i++) {
      char c = cbuf[i];
      if (c == '\n' || c == '\r') {
        line = 0;
      } else if (++line > limit) {
        throw new TooLargeException("a line", line, limit);
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    char[] buf = new char[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
