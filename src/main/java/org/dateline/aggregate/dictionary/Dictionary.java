package org.dateline.aggregate.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A dictionary as read: its name (the file name without extension), format, the SHA-256 of its
 * file, its categories in file order, and each category's entries. An entry is one or more word
 * globs separated by single spaces, lower-cased, typographic apostrophes made typewriter ones;
 * an entry listed twice under one category is kept once. Immutable; equal when all of that is
 * equal, so that the settings of partial tables built on different machines compare equal.
 *
 * @param name the dictionary's name in the tables
 * @param format the format it was read from
 * @param sha256 the hex SHA-256 of the file's bytes
 * @param categories the category names, distinct, in file order
 * @param entries per category (same order), its distinct entries in file order
 */
public record Dictionary(String name, DictionaryFormat format, String sha256, List<String> categories,
    List<List<String>> entries) implements java.io.Serializable {

  public Dictionary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(sha256, "sha256");
    categories = List.copyOf(categories);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> e : entries) {
      copy.add(List.copyOf(e));
    }
    entries = List.copyOf(copy);
    if (categories.size() != entries.size()) {
      throw new IllegalArgumentException("categories and entries differ in size");
    }
  }

  /** The number of (category, entry) pairs. */
  public int entryCount() {
    int n = 0;
    for (List<String> e : entries) {
      n += e.size();
    }
    return n;
  }

  /**
   * An entry as matched: lower-cased with {@link Locale#ROOT}, typographic apostrophes made
   * typewriter ones, words separated by single spaces; empty when it holds no word.
   */
  public static String normalize(String entry) {
    String lower = entry.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    return String.join(" ", lower.trim().split("\\s+")).trim();
  }
}
