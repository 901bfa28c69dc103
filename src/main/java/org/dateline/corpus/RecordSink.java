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
}
