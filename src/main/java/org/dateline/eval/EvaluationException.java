package org.dateline.eval;

/**
 * An evaluation could not be run to the end: the annotator failed, or its output does not line
 * up with the gold sentences. The message says which input and what to check.
 */
public final class EvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvaluationException(String message) {
    super(message);
  }

  public EvaluationException(String message, Throwable cause) {
    super(message, cause);
  }
}
