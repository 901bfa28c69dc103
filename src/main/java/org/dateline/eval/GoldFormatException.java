package org.dateline.eval;

import java.io.IOException;

/**
 * A gold-standard file does not have the expected format, is not UTF-8, or holds nothing to
 * score; the message names the file and, for a bad line, the line.
 */
public final class GoldFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  public GoldFormatException(String file, long line, String message, Throwable cause) {
    super(file + ":" + line + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  /** A problem of the whole file, such as holding no items; {@link #line()} is then 0. */
  public GoldFormatException(String file, String message) {
    super(file + ": " + message);
    this.file = file;
    this.line = 0;
  }

  public String file() {
    return file;
  }

  /** The 1-based line number of the bad line; 0 for a problem of the whole file. */
  public long line() {
    return line;
  }
}
