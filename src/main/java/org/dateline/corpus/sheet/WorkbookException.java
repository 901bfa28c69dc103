package org.dateline.corpus.sheet;

/** A workbook that cannot be read at all, with the reason in words for the user. */
public final class WorkbookException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why nothing of the workbook was read. */
  public enum Kind {
    /** The bytes are no spreadsheet at all (random bytes, a text file, a document). */
    NOT_A_WORKBOOK,
    /** A spreadsheet protected by a password. */
    ENCRYPTED,
    /** A spreadsheet whose structure is broken (a cut ZIP, a damaged part). */
    BROKEN
  }

  private final Kind kind;

  WorkbookException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  WorkbookException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
