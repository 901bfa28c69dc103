package org.dateline.clean.near;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the MinHash signature of a text from its word shingles (overlapping sequences of
 * {@code n} words).
 *
 * <p>Words are runs of letters and digits, lower-cased; numbers are kept, since a changed figure
 * is a real edit. The dateline opening ({@code Pyongyang, March 3 (KCNA) --}) is removed first,
 * so that a story republished under a new date neither gains nor loses similarity by it; the
 * rest of the text, title included, is shingled as it is.
 *
 * <p>Each shingle is hashed to 64 bits once; hash function {@code i} of the signature is then
 * {@code a[i] * h + b[i]} (odd {@code a[i]}, from a fixed seed), of which the top 32 bits count.
 * The same text gives the same signature on every machine and in every run. Thread-safe:
 * instances are immutable.
 */
public final class Shingler {

  /** Words per shingle, chosen from the measurements in docs/near-duplicates.md. */
  public static final int DEFAULT_SHINGLE_WORDS = 3;

  /** MinHash values per signature. */
  public static final int DEFAULT_HASHES = 128;

  private static final long SEED = 0x5DEECE66DL;

  /**
   * A dateline near the start of a text: a place, a month and day (a year may follow), an agency
   * in brackets and a dash.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3},\\s+\\p{Lu}\\p{Ll}{2,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*\\(\\p{Lu}{2,10}\\)\\s*(?:--|\u2014|\u2013|-)");

  /** How far into a text the dateline is looked for. */
  private static final int DATELINE_WITHIN = 400;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final int shingleWords;
  private final long[] a;
  private final long[] b;

  public Shingler() {
    this(DEFAULT_SHINGLE_WORDS, DEFAULT_HASHES);
  }

  public Shingler(int shingleWords, int hashes) {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be at least 1, was " + shingleWords);
    }
    if (hashes < 1) {
      throw new IllegalArgumentException("hashes must be at least 1, was " + hashes);
    }
    this.shingleWords = shingleWords;
    this.a = new long[hashes];
    this.b = new long[hashes];
    long state = SEED;
    for (int i = 0; i < hashes; i++) {
      state += 0x9E3779B97F4A7C15L;
      a[i] = mix(state) | 1L;
      state += 0x9E3779B97F4A7C15L;
      b[i] = mix(state);
    }
  }

  public int shingleWords() {
    return shingleWords;
  }

  public int hashes() {
    return a.length;
  }

  /** The text without its dateline opening, as it is shingled. */
  public static String withoutDateline(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = DATELINE.matcher(text);
    m.region(0, Math.min(text.length(), DATELINE_WITHIN));
    if (m.find()) {
      return text.substring(0, m.start()) + " " + text.substring(m.end());
    }
    return text;
  }

  /**
   * The signature of {@code text}, or null when it has no words. A text shorter than one shingle
   * is one shingle of all its words.
   */
  public Signature signature(String text) {
    String body = withoutDateline(text);
    long[] words = new long[16];
    int count = 0;
    Matcher m = WORD.matcher(body);
    while (m.find()) {
      if (count == words.length) {
        words = Arrays.copyOf(words, count * 2);
      }
      words[count++] = wordHash(body, m.start(), m.end());
    }
    if (count == 0) {
      return null;
    }
    long[] min = new long[a.length];
    Arrays.fill(min, -1L);
    int shingles = Math.max(1, count - shingleWords + 1);
    int width = Math.min(shingleWords, count);
    for (int s = 0; s < shingles; s++) {
      long h = 0x2545F4914F6CDD1DL;
      for (int k = 0; k < width; k++) {
        h = mix(h ^ words[s + k]);
      }
      for (int i = 0; i < a.length; i++) {
        long v = (a[i] * h + b[i]) >>> 32;
        if (v < min[i] || min[i] < 0) {
          min[i] = v;
        }
      }
    }
    int[] values = new int[a.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = (int) min[i];
    }
    return new Signature(values, count);
  }

  /** The hash of one word, lower-cased, without making a string of it. */
  private static long wordHash(String text, int start, int end) {
    long h = 0xCBF29CE484222325L;
    for (int i = start; i < end; ) {
      int cp = Character.toLowerCase(text.codePointAt(i));
      h = (h ^ cp) * 0x100000001B3L;
      i += Character.charCount(text.codePointAt(i));
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: every bit of the input affects every bit of the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
