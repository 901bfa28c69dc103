package org.dateline.annotate;

/** An article could not be annotated. The run skips it and reports why. */
public final class AnnotationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AnnotationException(String message, Throwable cause) {
    super(message, cause);
  }
}
