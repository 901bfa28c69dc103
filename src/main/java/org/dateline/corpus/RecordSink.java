package org.dateline.corpus;

import org.dateline.model.Article;
import org.dateline.model.Problem;

/**
 * Receives what a loader reads, in file order. A loader calls {@link #accept} for each good
 * record and {@link #problem} for each record it skipped or repaired; it never throws for a
 * bad record.
 */
public interface RecordSink {
  void accept(Article article);

  void problem(Problem problem);

  /**
   * Called once for each place in a structured input where a loader found records, such as
   * {@code $.data.articles[*]} in a JSON document, before the first record found there; the
   * manifest lists them so that a user can check that the right list was read.
   */
  default void recordPath(String path) {}

  /**
   * Something the walk of the inputs passed over that is no problem of the corpus but that a
   * user may not expect (an earlier output folder inside an input folder, a file named twice):
   * one line, for standard error; never a {@code --strict} stop. Ignored by default.
   */
  default void notice(String message) {}

  /**
   * Called once for each record of a web archive, read as a page or passed over, for the
   * manifest's count of what the archive held. Ignored by default.
   *
   * @param warcType the record's {@code WARC-Type} ({@code response}, {@code request}, ...)
   * @param payload {@code html} for a page read, the payload's media type for one passed over
   *     ({@code image/png}), or null for a record without a payload read for pages
   * @param date the record's {@code WARC-Date}, or null
   */
  default void archiveRecord(String warcType, String payload, java.time.Instant date) {}
}
