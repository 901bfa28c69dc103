package org.dateline.corpus;

import java.io.IOException;

/**
 * A file or record that decodes to more text than {@link LoadOptions#maxRecordChars()}: reading
 * stopped at the limit, so the text was never held whole. {@link CorpusReader} turns it into one
 * {@link org.dateline.model.ProblemKind#TOO_LARGE} problem and goes on with the next input.
 */
public final class TooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long reached;
  private final long limit;

  /**
   * @param what what grew past the limit, such as "a line" or "the file"
   * @param reached the characters or bytes read when reading stopped
   * @param limit the limit in characters or bytes
   */
  public TooLargeException(String what, long reached, long limit) {
    this(what, reached, limit, "characters");
  }

  /** As above, counted in {@code unit}: characters, or bytes for a format that decodes its own. */
  public TooLargeException(String what, long reached, long limit, String unit) {
    super(what + " decodes to more than " + RecordLimit.megabytes(limit) + " MB (" + reached + " " + unit
        + " read when reading stopped)");
    this.reached = reached;
    this.limit = limit;
  }

  public long reached() {
    return reached;
  }

  public long limit() {
    return limit;
  }
}
