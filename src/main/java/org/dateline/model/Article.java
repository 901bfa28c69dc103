package org.dateline.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One loaded record: a full article or a teaser, before annotation. Immutable.
 *
 * <p>Optional parts ({@code date}, {@code title}, {@code author}, {@code source},
 * {@code language}) are {@code null} when unknown; use the {@code Optional} accessors
 * where that reads better.
 *
 * @param id a stable identifier: the record's own id field, else derived from the origin
 * @param date the publication date, or null when none was found
 * @param dateSource how the date was found ({@link DateSource#NONE} when {@code date} is null)
 * @param source the outlet, such as {@code Naenara (En)} or {@code KCNA}, or null
 * @param kind article or teaser
 * @param title the headline, or null
 * @param author the byline, or null
 * @param language an ISO 639-1 code once detected, or null
 * @param text the body text; paragraphs separated by {@code \n}
 * @param origin the file and line or record it came from
 * @param url the address the record was published at (an HTML page's own or its archive's
 *     target), or null
 */
public record Article(
    String id,
    LocalDate date,
    DateSource dateSource,
    String source,
    ArticleKind kind,
    String title,
    String author,
    String language,
    String text,
    Origin origin,
    String url) implements java.io.Serializable {

  /** A record without an address. */
  public Article(String id, LocalDate date, DateSource dateSource, String source, ArticleKind kind, String title,
      String author, String language, String text, Origin origin) {
    this(id, date, dateSource, source, kind, title, author, language, text, origin, null);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dateSource, "dateSource");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    if ((date == null) != (dateSource == DateSource.NONE)) {
      throw new IllegalArgumentException(
          "date and dateSource disagree: date=" + date + ", dateSource=" + dateSource
              + " (use DateSource.NONE exactly when the date is null)");
    }
  }

  public Optional<LocalDate> optionalDate() {
    return Optional.ofNullable(date);
  }

  public Article withText(String newText) {
    return new Article(id, date, dateSource, source, kind, title, author, language, newText, origin, url);
  }

  public Article withLanguage(String newLanguage) {
    return new Article(id, date, dateSource, source, kind, title, author, newLanguage, text, origin, url);
  }

  public Article withDate(LocalDate newDate, DateSource newSource) {
    return new Article(id, newDate, newSource, source, kind, title, author, language, text, origin, url);
  }

  public Article withSource(String newSource) {
    return new Article(id, date, dateSource, newSource, kind, title, author, language, text, origin, url);
  }

  /** A builder, convenient for loaders and tests; {@code id}, {@code text} and {@code origin} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder for {@link Article}. Not thread-safe. */
  public static final class Builder {
    private String id;
    private LocalDate date;
    private DateSource dateSource = DateSource.NONE;
    private String source;
    private ArticleKind kind = ArticleKind.ARTICLE;
    private String title;
    private String author;
    private String language;
    private String text;
    private Origin origin;
    private String url;

    private Builder() {}

    public Builder id(String value) { this.id = value; return this; }
    public Builder date(LocalDate value, DateSource how) {
      this.date = value;
      this.dateSource = value == null ? DateSource.NONE : Objects.requireNonNull(how, "how");
      return this;
    }
    public Builder source(String value) { this.source = value; return this; }
    public Builder kind(ArticleKind value) { this.kind = value; return this; }
    public Builder title(String value) { this.title = value; return this; }
    public Builder author(String value) { this.author = value; return this; }
    public Builder language(String value) { this.language = value; return this; }
    public Builder text(String value) { this.text = value; return this; }
    public Builder origin(Origin value) { this.origin = value; return this; }
    public Builder url(String value) { this.url = value; return this; }

    public Article build() {
      return new Article(id, date, dateSource, source, kind, title, author, language, text, origin, url);
    }
  }
}
