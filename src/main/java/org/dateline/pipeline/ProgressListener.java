package org.dateline.pipeline;

/**
 * Hears how a run advances. Called from worker threads, at most a few times a second;
 * implementations must be thread-safe and quick.
 */
public interface ProgressListener {

  /**
   * @param records records done so far: annotated, or set aside by the language filter or a failed annotation
   * @param queued records read and waiting or being annotated, which grows while reading
   * @param tokens tokens annotated so far
   * @param elapsedNanos time since the run started
   */
  void progress(long records, long queued, long tokens, long elapsedNanos);

  /**
   * As {@link #progress(long, long, long, long)}, with {@code documents}, the records of those
   * done that went into the tables: the count the run's last line gives. Listeners that show it
   * override this; the run calls this one.
   */
  default void progress(long records, long documents, long queued, long tokens, long elapsedNanos) {
    progress(records, queued, tokens, elapsedNanos);
  }

  /** Called once, when every input was read: {@code records} will be annotated or set aside in all. */
  default void readingFinished(long records) {}

  /** Called once, when every document has been annotated. */
  default void finished(long documents, long tokens, long elapsedNanos) {}

  ProgressListener NONE = (documents, queued, tokens, elapsedNanos) -> {};
}
