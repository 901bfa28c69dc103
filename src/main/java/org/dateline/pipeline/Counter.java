package org.dateline.pipeline;

import java.util.Locale;

/**
 * The fixed counters of a run, as the manifest names them (the lower-case constant name).
 * Counters keyed by a value found at run time are {@link RunCounts.ProblemCount} and
 * {@link RunCounts.LanguageCount}.
 */
public enum Counter implements RunCounts.Key {
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
  /** Records skipped as near-duplicates of a kept record (with {@code --near-duplicates drop}). */
  DUPLICATES_NEAR,
  /** Clusters of two or more near-duplicate records. */
  NEAR_DUPLICATE_CLUSTERS,
  /** Records in those clusters, the kept ones included. */
  NEAR_DUPLICATE_RECORDS,
  /** The most records in one cluster. */
  NEAR_DUPLICATE_LARGEST_CLUSTER,
  UNDATED,
  /** Cache entries found but not decodable, so annotated again. */
  CACHE_ENTRIES_UNREADABLE;

  /** The name in the manifest. */
  @Override
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
