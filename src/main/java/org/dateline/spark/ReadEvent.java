package org.dateline.spark;

import java.io.Serializable;
import org.dateline.clean.Deduplicator;
import org.dateline.clean.near.Fingerprint;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;

/**
 * One thing reading a file gave, in the order read: a record or a problem.
 *
 * @param position the event's place in its file's events, from 0
 * @param problem a skipped record or a file's problem (when {@code key} is null), or the
 *     repair made to a kept record; null when there was none
 * @param key the kept record's dedup key, or null when nothing was kept
 * @param origin where the kept record came from, or null
 * @param article the kept record after cleaning; null once the event was sent to the driver,
 *     which needs only the key
 * @param fingerprint the kept record's near-duplicate fingerprint, made where its text is; null
 *     when nothing was kept or the check is off
 */
record ReadEvent(int position, Problem problem, Deduplicator.Key key, Origin origin, Article article,
    Fingerprint fingerprint)
    implements Serializable {

  boolean kept() {
    return key != null;
  }

  /** The event without the record's text, for the driver. */
  ReadEvent compact() {
    return new ReadEvent(position, problem, key, origin, null, fingerprint);
  }
}
