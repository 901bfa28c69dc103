package org.dateline.annotate;

/**
 * The annotator can annotate nothing at all: its models did not load, or its cache cannot be
 * read or written. Unlike an {@link AnnotationException}, which costs one record, this stops the
 * run, since every later record would fail the same way.
 */
public final class AnnotatorUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AnnotatorUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
