package org.dateline.model;

import java.util.Locale;

/** What went wrong with a record or a file, and what was done about it ({@link ProblemEffect}). */
public enum ProblemKind {
  /** A file that could not be read at all (permissions, I/O error, not a regular file). */
  UNREADABLE_FILE(ProblemEffect.SKIPPED),
  /** A file whose format no loader recognises. */
  UNKNOWN_FORMAT(ProblemEffect.SKIPPED),
  /** A record the loader could not parse (bad JSON line, broken CSV quoting). */
  MALFORMED_RECORD(ProblemEffect.SKIPPED),
  /** A JSON {@code null} where a record was expected. */
  NULL_RECORD(ProblemEffect.SKIPPED),
  /** A record with no text to annotate. */
  EMPTY_TEXT(ProblemEffect.SKIPPED),
  /** A record the language detector is confident is in none of the kept languages. */
  LANGUAGE_NOT_KEPT(ProblemEffect.SKIPPED),
  /** An HTML page in which no article text was found (an index page, a login wall). */
  NO_ARTICLE_TEXT(ProblemEffect.SKIPPED),
  /**
   * A file or record that decompresses or decodes past {@code --max-record-mb}; reading stopped
   * at the limit, the record (or the rest of the file) is skipped and the run goes on.
   */
  TOO_LARGE(ProblemEffect.SKIPPED),
  /** The annotator failed on the record; the message carries its reason. */
  ANNOTATION_FAILED(ProblemEffect.SKIPPED),
  /** A full article whose text equals an earlier article's; the later copy is skipped. */
  DUPLICATE(ProblemEffect.SKIPPED),
  /**
   * A record whose text nearly matches that of an earlier dated record, under {@code
   * --near-duplicates drop}; the message names the record kept and the similarity.
   */
  NEAR_DUPLICATE(ProblemEffect.SKIPPED),
  /** A file that is not valid UTF-8 and was decoded as windows-1252; its records are kept. */
  REPAIRED_ENCODING(ProblemEffect.REPAIRED),
  /** A record whose text had a known name glued to a neighbouring word; spaces were inserted. */
  REPAIRED_GLUED_NAME(ProblemEffect.REPAIRED),
  /** A date that was given but could not be parsed, or lies outside 1800 to next year; the record is kept undated. */
  BAD_DATE(ProblemEffect.KEPT),
  /**
   * A JSON or CSV file with records that name no date (no date field, or an empty one) and get
   * none from the file name or {@code --date}: one row per file, naming the keys its records
   * have; the records are kept undated.
   */
  UNDATED(ProblemEffect.KEPT);

  private final ProblemEffect effect;

  ProblemKind(ProblemEffect effect) {
    this.effect = effect;
  }

  /**
   * What a problem of this kind did to its record or file. A bad or missing date is a note: the
   * record is kept as written, undated, and so is in {@code documents.csv} but in no by-date
   * table (the run's last line counts those documents).
   */
  public ProblemEffect effect() {
    return effect;
  }

  /** True when a record with this problem is left out of the tables. */
  public boolean skipsRecord() {
    return effect == ProblemEffect.SKIPPED;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
