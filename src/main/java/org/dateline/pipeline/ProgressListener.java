package org.dateline.pipeline;

/**
 * Hears how a run advances. Called from worker threads, at most a few times a second;
 * implementations must be thread-safe and quick.
 */
public interface ProgressListener {

  /**
   * @param documents documents annotated so far
   * @param queued documents read and waiting or being annotated, which grows while reading
   * @param tokens tokens annotated so far
   * @param elapsedNanos time since the run started
   */
  void progress(long documents, long queued, long tokens, long elapsedNanos);

  /** Called once, when every input was read: {@code documents} will be annotated in all. */
  default void readingFinished(long documents) {}

  /** Called once, when every document has been annotated. */
  default void finished(long documents, long tokens, long elapsedNanos) {}

  ProgressListener NONE = (documents, queued, tokens, elapsedNanos) -> {};
}
