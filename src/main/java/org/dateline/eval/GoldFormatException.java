package org.dateline.eval;

import java.io.IOException;

/** A gold-standard file does not have the expected format; the message names the file and line. */
public final class GoldFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  public GoldFormatException(String file, long line, String message, Throwable cause) {
    super(file + ":" + line + ": " + message, cause);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** The 1-based line number of the bad line. */
  public long line() {
    return line;
  }
}
