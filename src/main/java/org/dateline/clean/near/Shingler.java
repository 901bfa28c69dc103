package org.dateline.clean.near;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the MinHash signature of a text from its word shingles (overlapping sequences of
 * {@code n} words) and from its names.
 *
 * <p>Words are runs of letters and digits, lower-cased; numbers are kept, since a changed figure
 * is a real edit. The dateline opening ({@code Pyongyang, March 3 (KCNA) --}) is removed first,
 * so that a story republished under a new date neither gains nor loses similarity by it; the
 * rest of the text, title included, is shingled as it is. Names are the words, after the first,
 * that begin with a capital letter or a digit: the places, people, organisations and figures that
 * tell one templated notice from another.
 *
 * <p>Each shingle is hashed to 64 bits once; hash function {@code i} of the signature is then
 * {@code a[i] * h + b[i]} (odd {@code a[i]}, from a fixed seed), of which the top 16 bits count.
 * The same text gives the same signature on every machine and in every run. Thread-safe:
 * instances are immutable.
 */
public final class Shingler {

  /** Words per shingle, chosen from the measurements in docs/near-duplicates.md. */
  public static final int DEFAULT_SHINGLE_WORDS = 2;

  /** MinHash values per signature of the shingles. */
  public static final int DEFAULT_HASHES = 128;

  /** MinHash values per signature of the names. */
  public static final int DEFAULT_NAME_HASHES = 128;

  /** Makes a name's hash differ from the hash of a one-word shingle of the same word. */
  private static final long NAME_SALT = 0x6A09E667F3BCC908L;

  private static final long SEED = 0x5DEECE66DL;

  /**
   * A dateline near the start of a text: a place, a month and day (a year may follow), an agency
   * in brackets and a dash.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3},\\s+\\p{Lu}\\p{Ll}{2,9}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?\\s*\\(\\p{Lu}{2,10}\\)\\s*(?:--|\u2014|\u2013|-)");

  /** How far into a text the dateline is looked for. */
  private static final int DATELINE_WITHIN = 400;

  private final int shingleWords;
  private final long[] a;
  /** {@code b[i] + 2^63}: see {@link #minHash}. */
  private final long[] flipped;
  private final int nameHashes;

  public Shingler() {
    this(DEFAULT_SHINGLE_WORDS, DEFAULT_HASHES);
  }

  public Shingler(int shingleWords, int hashes) {
    this(shingleWords, hashes, DEFAULT_NAME_HASHES);
  }

  /**
   * @param shingleWords words per shingle
   * @param hashes MinHash values of the shingles
   * @param nameHashes MinHash values of the names, at most {@code hashes}
   */
  public Shingler(int shingleWords, int hashes, int nameHashes) {
    if (shingleWords < 1) {
      throw new IllegalArgumentException("shingleWords must be at least 1, was " + shingleWords);
    }
    if (hashes < 1) {
      throw new IllegalArgumentException("hashes must be at least 1, was " + hashes);
    }
    if (nameHashes < 1 || nameHashes > hashes) {
      throw new IllegalArgumentException("nameHashes must be 1 to " + hashes + ", was " + nameHashes);
    }
    this.nameHashes = nameHashes;
    this.shingleWords = shingleWords;
    this.a = new long[hashes];
    this.flipped = new long[hashes];
    long state = SEED;
    for (int i = 0; i < hashes; i++) {
      state += 0x9E3779B97F4A7C15L;
      a[i] = mix(state) | 1L;
      state += 0x9E3779B97F4A7C15L;
      long b = mix(state);
      flipped[i] = b + Long.MIN_VALUE;
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
    long[] names = new long[16];
    int count = 0;
    int nameCount = 0;
    int length = body.length();
    int i = 0;
    while (i < length) {
      int cp = body.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int first = cp;
      long h = 0xCBF29CE484222325L;
      while (true) {
        h = (h ^ Character.toLowerCase(cp)) * 0x100000001B3L;
        i += Character.charCount(cp);
        if (i >= length) {
          break;
        }
        cp = body.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
      }
      h = mix(h);
      if (count == words.length) {
        words = Arrays.copyOf(words, count * 2);
      }
      // the first word is left out: it is capitalised whatever it is
      if (count > 0 && (Character.isUpperCase(first) || Character.isDigit(first))) {
        if (nameCount == names.length) {
          names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = mix(h ^ NAME_SALT);
      }
      words[count++] = h;
    }
    if (count == 0) {
      return null;
    }
    int shingles = Math.max(1, count - shingleWords + 1);
    int width = Math.min(shingleWords, count);
    long[] shingleHashes = new long[shingles];
    for (int s = 0; s < shingles; s++) {
      long h = 0x2545F4914F6CDD1DL;
      for (int k = 0; k < width; k++) {
        h = mix(h ^ words[s + k]);
      }
      shingleHashes[s] = h;
    }
    int distinctShingles = distinct(shingleHashes, shingles);
    int distinctNames = distinct(names, nameCount);
    return new Signature(minHash(shingleHashes, distinctShingles, a.length), distinctShingles,
        minHash(names, distinctNames, nameHashes), distinctNames, count);
  }

  /** Sorts the first {@code n} hashes and moves the distinct ones to the front; returns how many. */
  private static int distinct(long[] hashes, int n) {
    Arrays.sort(hashes, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || hashes[i] != hashes[d - 1]) {
        hashes[d++] = hashes[i];
      }
    }
    return d;
  }

  /** The least top 16 bits of each of the first {@code functions} hash functions over the first n hashes. */
  private short[] minHash(long[] hashes, int n, int functions) {
    short[] out = new short[functions];
    if (n == 0) {
      Arrays.fill(out, (short) -1);
      return out;
    }
    // Four functions per pass over the hashes: four independent minima keep the multiplier busy,
    // and each hash is loaded once for four functions.
    // The unsigned order of a * h + b is the signed order of a * h + b + 2^63 (b + 2^63 is
    // precomputed in flipped[]), so the minima are kept in signed longs, the top bit flipped.
    int i = 0;
    for (; i + 4 <= functions; i += 4) {
      long a0 = a[i];
      long a1 = a[i + 1];
      long a2 = a[i + 2];
      long a3 = a[i + 3];
      long b0 = flipped[i];
      long b1 = flipped[i + 1];
      long b2 = flipped[i + 2];
      long b3 = flipped[i + 3];
      long m0 = Long.MAX_VALUE;
      long m1 = Long.MAX_VALUE;
      long m2 = Long.MAX_VALUE;
      long m3 = Long.MAX_VALUE;
      for (int s = 0; s < n; s++) {
        long h = hashes[s];
        long v0 = a0 * h + b0;
        long v1 = a1 * h + b1;
        long v2 = a2 * h + b2;
        long v3 = a3 * h + b3;
        if (v0 < m0) {
          m0 = v0;
        }
        if (v1 < m1) {
          m1 = v1;
        }
        if (v2 < m2) {
          m2 = v2;
        }
        if (v3 < m3) {
          m3 = v3;
        }
      }
      out[i] = top16(m0);
      out[i + 1] = top16(m1);
      out[i + 2] = top16(m2);
      out[i + 3] = top16(m3);
    }
    for (; i < functions; i++) {
      long ai = a[i];
      long bi = flipped[i];
      long min = Long.MAX_VALUE;
      for (int s = 0; s < n; s++) {
        long v = ai * hashes[s] + bi;
        if (v < min) {
          min = v;
        }
      }
      out[i] = top16(min);
    }
    return out;
  }

  /** The top 16 bits of a minimum kept with its top bit flipped. */
  private static short top16(long flippedMin) {
    return (short) ((flippedMin ^ Long.MIN_VALUE) >>> 48);
  }

  /** A letter or a number, as {@code [\\p{L}\\p{N}]} means it, without a regular expression. */
  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** SplitMix64's finaliser: every bit of the input affects every bit of the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
