package org.dateline.aggregate.dictionary;

import java.nio.file.Path;

/**
 * A dictionary file that cannot be used, with the file, the line (0 when the problem is the whole
 * file) and what is wrong.
 */
public final class DictionaryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String problem;

  public DictionaryException(Path file, int line, String problem) {
    super(file + (line > 0 ? " line " + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem is not on one line. */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
