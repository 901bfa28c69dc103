package org.dateline.aggregate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dateline.io.ListFile;

/**
 * A set of words left out of the term tables. Immutable and thread-safe.
 *
 * <p>The file format, for {@link #english()} and {@link #fromFile(Path)} alike: UTF-8, one
 * word per line; {@code #} starts a comment that runs to the end of the line; blank lines are
 * ignored; words are lower-cased with {@link Locale#ROOT} when read, so that
 * {@link #contains(String)} can be asked with a lower-cased term.
 *
 * <p>Two lists are equal when they hold the same words; the {@link #description()} is only a
 * label for manifests and messages.
 */
public final class Stopwords implements java.io.Serializable {
  private static final String ENGLISH_RESOURCE = "english-stopwords.txt";
  private static final Stopwords NONE = new Stopwords(Set.of(), "none");
  // Loaded lazily and once: the holder idiom keeps the resource read out of class initialisation
  // of callers that only ever use none().
  private static final class EnglishHolder {
    static final Stopwords ENGLISH = loadEnglish();
  }

  private final Set<String> words;
  private final String description;

  private Stopwords(Set<String> words, String description) {
    this.words = Set.copyOf(words);
    this.description = description;
  }

  /**
   * The English list shipped with dateline (about 170 function words and the contraction pieces
   * CoreNLP splits off, such as {@code 's} and {@code n't}). See the resource
   * {@code org/dateline/aggregate/english-stopwords.txt} for the words and the reasons for the
   * borderline choices.
   */
  public static Stopwords english() {
    return EnglishHolder.ENGLISH;
  }

  /** An empty list: every term counts. */
  public static Stopwords none() {
    return NONE;
  }

  /**
   * Reads a list in the format described in the class comment.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a line holds more than one word; the message names
   *     the file and line
   */
  public static Stopwords fromFile(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return new Stopwords(words(ListFile.read(file), file.toString()), "file:" + file);
  }

  /** Words given directly, for library users and tests; they are lower-cased like file entries. */
  public static Stopwords of(String description, Iterable<String> words) {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(words, "words");
    Set<String> set = new HashSet<>();
    for (String w : words) {
      Objects.requireNonNull(w, "word");
      set.add(w.strip().toLowerCase(Locale.ROOT));
    }
    return new Stopwords(set, description);
  }

  /** True when the lower-cased term is a stopword. */
  public boolean contains(String lowerCased) {
    return words.contains(lowerCased);
  }

  public int size() {
    return words.size();
  }

  /** A label for manifests: {@code english}, {@code none}, or {@code file:<path>}. */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stopwords other && words.equals(other.words);
  }

  @Override
  public int hashCode() {
    return words.hashCode();
  }

  @Override
  public String toString() {
    return description + " (" + words.size() + " words)";
  }

  private static Stopwords loadEnglish() {
    return new Stopwords(words(ListFile.resource(Stopwords.class, ENGLISH_RESOURCE), ENGLISH_RESOURCE), "english");
  }

  private static Set<String> words(List<ListFile.Entry> entries, String name) {
    Set<String> set = new HashSet<>();
    for (ListFile.Entry e : entries) {
      if (e.text().codePoints().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            name + ":" + e.line() + ": '" + e.text() + "' holds whitespace; write one word per line");
      }
      set.add(e.text().toLowerCase(Locale.ROOT));
    }
    return set;
  }
}
