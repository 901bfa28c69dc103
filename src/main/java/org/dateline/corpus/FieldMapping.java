package org.dateline.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which record fields (JSON keys, CSV columns) hold an article's date, text, title, author, id
 * and source. For each role the candidate names are tried in order, ignoring case; the first
 * one present in a record wins. Immutable and thread-safe.
 *
 * @param date candidates for the publication date
 * @param text candidates for the body text
 * @param title candidates for the headline
 * @param author candidates for the byline
 * @param id candidates for a record identifier
 * @param source candidates for the outlet
 */
public record FieldMapping(
    List<String> date,
    List<String> text,
    List<String> title,
    List<String> author,
    List<String> id,
    List<String> source) implements java.io.Serializable {

  /** The roles a record field can play. */
  public enum Role {
    DATE,
    TEXT,
    TITLE,
    AUTHOR,
    ID,
    SOURCE
  }

  private static final FieldMapping DEFAULTS =
      new FieldMapping(
          List.of("date", "date_str", "published", "pubDate", "publication_date", "datetime"),
          List.of("text", "body", "content", "story", "story_text", "article"),
          List.of("title", "headline"),
          List.of("author", "byline"),
          List.of("id", "doc_id", "guid"),
          List.of("source", "outlet", "publisher"));

  public FieldMapping {
    date = normalise(date, "date");
    text = normalise(text, "text");
    title = normalise(title, "title");
    author = normalise(author, "author");
    id = normalise(id, "id");
    source = normalise(source, "source");
  }

  /** The built-in candidates, which fit KCNA, Naenara, Reuters and most scraper output. */
  public static FieldMapping defaults() {
    return DEFAULTS;
  }

  /** The candidate names for {@code role}, in the order they are tried. */
  public List<String> names(Role role) {
    Objects.requireNonNull(role, "role");
    return switch (role) {
      case DATE -> date;
      case TEXT -> text;
      case TITLE -> title;
      case AUTHOR -> author;
      case ID -> id;
      case SOURCE -> source;
    };
  }

  /**
   * The position of {@code fieldName} among the candidates for {@code role}, ignoring case, or
   * -1 when it is not a candidate. Lower positions win.
   */
  public int rank(Role role, String fieldName) {
    List<String> names = names(role);
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(fieldName)) {
        return i;
      }
    }
    return -1;
  }

  public FieldMapping withDate(String field) {
    return new FieldMapping(first(field, date, "date"), text, title, author, id, source);
  }

  public FieldMapping withText(String field) {
    return new FieldMapping(date, first(field, text, "text"), title, author, id, source);
  }

  public FieldMapping withTitle(String field) {
    return new FieldMapping(date, text, first(field, title, "title"), author, id, source);
  }

  public FieldMapping withAuthor(String field) {
    return new FieldMapping(date, text, title, first(field, author, "author"), id, source);
  }

  public FieldMapping withId(String field) {
    return new FieldMapping(date, text, title, author, first(field, id, "id"), source);
  }

  public FieldMapping withSource(String field) {
    return new FieldMapping(date, text, title, author, id, first(field, source, "source"));
  }

  private static List<String> first(String field, List<String> rest, String role) {
    Objects.requireNonNull(field, role);
    List<String> out = new ArrayList<>(rest.size() + 1);
    out.add(field);
    for (String name : rest) {
      if (!name.equalsIgnoreCase(field)) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<String> normalise(List<String> names, String role) {
    Objects.requireNonNull(names, role);
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      Objects.requireNonNull(name, role + " field name");
      String n = name.strip();
      if (n.isEmpty()) {
        throw new IllegalArgumentException(
            "blank field name among the " + role + " candidates " + names
                + "; give a JSON key or CSV column name");
      }
      if (out.stream().noneMatch(x -> x.toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT)))) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }
}
