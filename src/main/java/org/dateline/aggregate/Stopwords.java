package org.dateline.aggregate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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
public final class Stopwords {
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
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Stopwords(parse(in, file.toString()), "file:" + file);
    }
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
    InputStream in = Stopwords.class.getResourceAsStream(ENGLISH_RESOURCE);
    if (in == null) {
      // A missing resource means a broken build, not bad user input.
      throw new IllegalStateException("resource " + ENGLISH_RESOURCE + " is missing from the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return new Stopwords(parse(reader, ENGLISH_RESOURCE), "english");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + ENGLISH_RESOURCE, e);
    }
  }

  private static Set<String> parse(Reader in, String name) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    Set<String> set = new HashSet<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      int hash = line.indexOf('#');
      String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (word.isEmpty()) {
        continue;
      }
      if (word.codePoints().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            name + ":" + number + ": '" + word + "' holds whitespace; write one word per line");
      }
      set.add(word.toLowerCase(Locale.ROOT));
    }
    return set;
  }
}
