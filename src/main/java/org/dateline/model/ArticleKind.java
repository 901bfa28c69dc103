package org.dateline.model;

/** Whether a record is a full article or a teaser (the opening lines of an article, as listed on a page). */
public enum ArticleKind {
  ARTICLE,
  TEASER;

  /** The lower-case label used in reports. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
