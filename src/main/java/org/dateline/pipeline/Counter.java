package org.dateline.pipeline;

import java.util.Locale;

/**
 * The fixed counters of a run, as the manifest names them (the lower-case constant name).
 * Counters keyed by a value found at run time (a language, a problem kind) are made by
 * {@link RunCounts#incrementLanguage} and {@link RunCounts#incrementProblem}.
 */
public enum Counter {
  READ_ARTICLES,
  READ_TEASERS,
  ANNOTATED_ARTICLES,
  ANNOTATED_TEASERS,
  TOKENS,
  SENTENCES,
  ENTITY_MENTIONS,
  SENTENCES_WITH_SENTIMENT,
  SENTENCES_OVER_PARSE_CAP,
  TEXTS_SPLIT_FOR_ANNOTATION,
  GLUED_NAME_SPACES_INSERTED,
  DUPLICATES_EXACT,
  DUPLICATES_TEASER_IN_ARTICLE,
  UNDATED,
  /** Cache entries found but not decodable, so annotated again. */
  CACHE_ENTRIES_UNREADABLE,
  TIME_AGGREGATE_MS;

  /** The name in the manifest. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
