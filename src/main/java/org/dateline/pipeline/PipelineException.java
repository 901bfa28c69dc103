package org.dateline.pipeline;

/** A run could not finish. The message says why and what to do about it. */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineException(String message, Throwable cause) {
    super(message, cause);
  }

  public PipelineException(String message) {
    super(message);
  }
}
