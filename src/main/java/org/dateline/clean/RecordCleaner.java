package org.dateline.clean;

import java.util.Objects;
import org.dateline.model.Article;

/**
 * The text repairs a record gets before dedup and annotation: whitespace repair ({@link
 * TextCleaner}), then, when names are given, glued-name repair ({@link GluedNames}).
 *
 * <p>Contract: {@link #clean} depends only on the record's text, so the same record always
 * comes out the same; a record left with no text comes back with an empty text, for the
 * caller to skip. Thread-safe.
 */
public final class RecordCleaner {

  /** The record with its repaired text, and how many spaces the glued-name repair inserted. */
  public record Cleaned(Article article, int gluedNameSpaces) {
    public Cleaned {
      Objects.requireNonNull(article, "article");
    }

    /** True when nothing but whitespace was left, so there is nothing to annotate. */
    public boolean empty() {
      return article.text().isEmpty();
    }
  }

  private final TextCleaner cleaner = new TextCleaner();
  private final GluedNames gluedNames;

  /**
   * @param gluedNames the names to split off glued neighbours, or null to leave names as
   *     they are
   */
  public RecordCleaner(GluedNames gluedNames) {
    this.gluedNames = gluedNames;
  }

  public Cleaned clean(Article raw) {
    Objects.requireNonNull(raw, "raw");
    String text = cleaner.clean(raw.text());
    int spaces = 0;
    if (!text.isEmpty() && gluedNames != null) {
      GluedNames.Repair repair = gluedNames.repair(text);
      spaces = repair.spacesInserted();
      text = repair.text();
    }
    return new Cleaned(raw.withText(text), spaces);
  }
}
