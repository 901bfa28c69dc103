package org.dateline.annotate;

import java.util.Optional;
import org.dateline.model.Article;

/**
 * Keeps what a scorer computes from an annotator's output, by article, between runs. An
 * annotator backed by a cache offers it, so that a re-run of the same texts neither annotates
 * nor scores them again. Implementations are thread-safe.
 */
public interface ScoreMemo {

  /**
   * The bytes stored for the annotations of {@code article} by {@code scorer}, which names the
   * scorer and everything that changes its output.
   */
  Optional<byte[]> scores(Article article, String scorer);

  /** Stores {@code data} as {@link #scores} returns it. */
  void putScores(Article article, String scorer, byte[] data);
}
