package org.dateline.model;

/**
 * How an article's date was found. Reports carry it so that a researcher can leave out
 * dates that were only inferred.
 */
public enum DateSource {
  /** Given with the input: an ISO date in the file name, or the {@code --date} option. */
  INPUT,
  /** A date field of the record (JSON, CSV), or of the object that holds the record. */
  FIELD,
  /** A date line or a news dateline ({@code Pyongyang, March 14 (KCNA) --}) in the text. */
  TEXT,
  /** The date line printed under a teaser on a scraped page. */
  TEASER_LINE,
  /** Inferred: the newest teaser date on the page that holds the article. */
  INFERRED,
  /** The {@code datePublished} of an HTML page's JSON-LD article. */
  HTML_JSONLD,
  /** An HTML page's {@code <meta>} date ({@code article:published_time}, {@code date}, ...). */
  HTML_META,
  /** A {@code <time datetime>} inside an HTML page's article. */
  HTML_TIME,
  /** A date in the path of the page's address ({@code /2024/03/01/}). */
  URL,
  /** No date could be found. */
  NONE;

  /** The lower-case label used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
