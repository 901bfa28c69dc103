package org.dateline.clean.near;

import java.util.Arrays;
import java.util.Objects;

/**
 * The MinHash signature of one text: the least value of each hash function over its shingles.
 * The share of positions where two signatures agree estimates the Jaccard similarity of the two
 * texts' shingle sets.
 *
 * @param values one value per hash function (compared for equality only)
 * @param words how many words the text has, for the report
 */
public record Signature(int[] values, int words) implements java.io.Serializable {

  public Signature {
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException("a signature needs at least one value");
    }
  }

  /** The estimated Jaccard similarity: the share of positions where both hold the same value. */
  public double similarity(Signature other) {
    if (other.values.length != values.length) {
      throw new IllegalArgumentException(
          "signatures of different lengths: " + values.length + " and " + other.values.length);
    }
    int same = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return (double) same / values.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature s && s.words == words && Arrays.equals(s.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + words;
  }

  @Override
  public String toString() {
    return "Signature[" + values.length + " values, " + words + " words]";
  }
}
