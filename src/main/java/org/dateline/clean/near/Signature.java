package org.dateline.clean.near;

import java.util.Arrays;
import java.util.Objects;

/**
 * The MinHash signatures of one text: the least 16-bit value of each hash function over its
 * word shingles, and the same over its names (capitalised words and numbers). The share of
 * positions where two signatures agree estimates the Jaccard similarity of the two sets; with the
 * sizes of the sets it also estimates how much of the smaller set lies in the larger (its
 * containment), which is how a story inside a longer digest is recognised.
 *
 * <p>Sixteen bits a value are enough: two different least shingles agree by chance once in
 * 65,536 positions, which moves no estimate. A default signature is 128 + 128 values, 512 bytes.
 *
 * @param values one value per hash function over the word shingles (compared for equality only)
 * @param shingles how many distinct shingles the text has
 * @param names one value per hash function over the names; all -1 when the text has none
 * @param nameCount how many distinct names the text has
 * @param words how many words the text has, for the report
 */
public record Signature(short[] values, int shingles, short[] names, int nameCount, int words)
    implements java.io.Serializable {

  public Signature {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(names, "names");
    if (values.length == 0 || names.length == 0) {
      throw new IllegalArgumentException("a signature needs at least one value of each kind");
    }
  }

  /** The estimated Jaccard similarity of the shingles: the share of positions where both agree. */
  public double similarity(Signature other) {
    return agreement(values, other.values);
  }

  /**
   * The estimated share of the smaller record's shingles found in the larger one's: 1 for a
   * story and the same story inside a digest, about the Jaccard similarity for two records of
   * one length.
   */
  public double containment(Signature other) {
    return containment(similarity(other), shingles, other.shingles);
  }

  /**
   * The estimated share of the names of the record with fewer names found in the other's; 1 when
   * either has none.
   */
  public double nameContainment(Signature other) {
    if (nameCount == 0 || other.nameCount == 0) {
      return 1;
    }
    return containment(agreement(names, other.names), nameCount, other.nameCount);
  }

  /** From {@code J = |A & B| / |A | B|}: {@code |A & B| = J (|A| + |B|) / (1 + J)}. */
  static double containment(double jaccard, int a, int b) {
    double common = jaccard * (a + b) / (1 + jaccard);
    return Math.min(1, common / Math.min(a, b));
  }

  private static double agreement(short[] x, short[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + x.length + " and " + y.length);
    }
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.words == words && s.shingles == shingles && s.nameCount == nameCount
        && Arrays.equals(s.values, values) && Arrays.equals(s.names, names);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(values), Arrays.hashCode(names), shingles, nameCount, words);
  }

  @Override
  public String toString() {
    return "Signature[" + values.length + "+" + names.length + " values, " + shingles + " shingles, " + nameCount
        + " names, " + words + " words]";
  }
}
