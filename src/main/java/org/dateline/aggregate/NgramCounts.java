package org.dateline.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Counts of adjacent word pairs and, when asked for, triples over a whole run, the raw material
 * of {@code collocations.csv}.
 *
 * <p>Words are the tokens' word forms, lower-cased ({@link Locale#ROOT}); stopwords are kept,
 * as quanteda keeps them. A token made of punctuation only (no letter or digit) is dropped and
 * breaks the sequence, as quanteda's {@code tokens_remove(..., padding = TRUE)} does, and no
 * sequence spans two sentences. Undated articles count too: collocations do not depend on dates.
 *
 * <p>Memory: each partial numbers its words (a word costs one string and two map entries) and
 * keys sequences by the numbers in open-addressing arrays of about 24 bytes per distinct
 * sequence.
 *
 * <p>A mergeable accumulator: {@link #merge} is associative and commutative with {@link #empty}
 * as identity; word numbers are private to an instance and translated when merging. Not
 * thread-safe.
 */
public final class NgramCounts implements java.io.Serializable {
  private final int maxSize;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final LongPairCounts pairs = new LongPairCounts();
  private final LongPairCounts triples;

  private NgramCounts(int maxSize) {
    this.maxSize = maxSize;
    this.triples = maxSize >= 3 ? new LongPairCounts() : null;
  }

  /**
   * Counts pairs, and triples too when {@code maxSize} is 3; nothing when it is 0.
   *
   * @throws IllegalArgumentException unless maxSize is 0, 2 or 3
   */
  public static NgramCounts empty(int maxSize) {
    if (maxSize != 0 && maxSize != 2 && maxSize != 3) {
      throw new IllegalArgumentException("n-grams of 2 or 3 words are counted, not " + maxSize
          + "; use --collocation-size 2 or 2,3");
    }
    return new NgramCounts(maxSize);
  }

  public int maxSize() {
    return maxSize;
  }

  /** Counts the article's sequences. Returns this. */
  public NgramCounts add(AnnotatedArticle article) {
    Objects.requireNonNull(article, "article");
    if (maxSize == 0) {
      return this;
    }
    for (Sentence s : article.sentences()) {
      int prev2 = -1;
      int prev1 = -1;
      for (Token t : s.tokens()) {
        String w = t.word();
        if (!hasLetterOrDigit(w)) {
          prev2 = -1;
          prev1 = -1;
          continue;
        }
        int id = id(w.toLowerCase(Locale.ROOT));
        if (prev1 >= 0) {
          pairs.add(prev1, id, 1);
          if (triples != null && prev2 >= 0) {
            triples.add(((long) prev2 << 32) | prev1, id, 1);
          }
        }
        prev2 = prev1;
        prev1 = id;
      }
    }
    return this;
  }

  /**
   * Adds the counts of {@code other} into this instance and returns this; {@code other} is not
   * changed.
   *
   * @throws IllegalArgumentException when the two count different sizes
   */
  public NgramCounts merge(NgramCounts other) {
    Objects.requireNonNull(other, "other");
    TermTable.requireSameSettings(maxSize, other.maxSize);
    int[] map = new int[other.words.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = id(other.words.get(i));
    }
    LongPairCounts fromPairs = copyOf(other.pairs);
    fromPairs.forEach((a, b, c) -> pairs.add(map[(int) a], map[(int) b], c));
    if (triples != null) {
      LongPairCounts fromTriples = copyOf(other.triples);
      fromTriples.forEach((ab, c3, c) -> triples.add(
          ((long) map[(int) (ab >>> 32)] << 32) | map[(int) ab], map[(int) c3], c));
    }
    return this;
  }

  /** Calls {@code action} with every distinct sequence of {@code size} words and its count. */
  public void forEach(int size, SequenceAction action) {
    Objects.requireNonNull(action, "action");
    if (size == 2 && maxSize >= 2) {
      pairs.forEach((a, b, c) -> action.accept(new int[] {(int) a, (int) b}, c));
    } else if (size == 3 && triples != null) {
      triples.forEach((ab, c3, c) -> action.accept(new int[] {(int) (ab >>> 32), (int) ab, (int) c3}, c));
    } else {
      throw new IllegalArgumentException("no counts of " + size + "-word sequences here (counted up to "
          + maxSize + "); ask for them with --collocation-size");
    }
  }

  /** The word with number {@code id}, as numbered by this instance. */
  public String word(int id) {
    return words.get(id);
  }

  /** Distinct sequences of {@code size} words. */
  public int distinct(int size) {
    return size == 2 ? pairs.size() : triples == null ? 0 : triples.size();
  }

  /** Approximate bytes held by the sequence arrays (not the words). */
  public long bytes() {
    return pairs.bytes() + (triples == null ? 0 : triples.bytes());
  }

  /** Receives one sequence as word numbers (see {@link #word}) and its count. */
  public interface SequenceAction {
    void accept(int[] words, long count);
  }

  private int id(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      id = words.size();
      ids.put(word, id);
      words.add(word);
    }
    return id;
  }

  /** A copy, so that {@code n.merge(n)} doubles instead of reading a table while it grows. */
  private static LongPairCounts copyOf(LongPairCounts from) {
    LongPairCounts copy = new LongPairCounts();
    from.forEach(copy::add);
    return copy;
  }

  static boolean hasLetterOrDigit(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
