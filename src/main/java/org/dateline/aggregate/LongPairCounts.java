package org.dateline.aggregate;

import java.util.Arrays;

/**
 * Counts keyed by two longs, in open-addressing arrays: about 24 bytes per key at the usual
 * load, where a {@code HashMap} of boxed keys and values costs over 100 (and a boxed {@code
 * Long} built from two word numbers hashes badly: its hash is the XOR of the halves). Used for
 * the n-gram counts of a whole archive and their marginals. Not thread-safe.
 */
public final class LongPairCounts implements java.io.Serializable {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] first;
  private long[] second;
  private long[] counts;
  private int size;
  private int mask;

  public LongPairCounts() {
    allocate(1 << 10);
  }

  private void allocate(int capacity) {
    first = new long[capacity];
    second = new long[capacity];
    counts = new long[capacity];
    Arrays.fill(first, EMPTY);
    mask = capacity - 1;
    size = 0;
  }

  /** Adds {@code delta} to the count of (a, b); {@code a} must not be {@link Long#MIN_VALUE}. */
  public void add(long a, long b, long delta) {
    int i = slot(a, b);
    if (first[i] == EMPTY) {
      first[i] = a;
      second[i] = b;
      size++;
      counts[i] = delta;
      if (size * 4L > (mask + 1) * 3L) {
        grow();
      }
    } else {
      counts[i] += delta;
    }
  }

  /** The count of (a, b); 0 when never added. */
  public long get(long a, long b) {
    int i = slot(a, b);
    return first[i] == EMPTY ? 0 : counts[i];
  }

  /** Distinct keys. */
  public int size() {
    return size;
  }

  /** Calls {@code action} for every key with its count, in no particular order. */
  public void forEach(Entry action) {
    for (int i = 0; i <= mask; i++) {
      if (first[i] != EMPTY) {
        action.accept(first[i], second[i], counts[i]);
      }
    }
  }

  /** Bytes held by the arrays. */
  public long bytes() {
    return 24L * (mask + 1);
  }

  /** Receives one key and its count. */
  public interface Entry {
    void accept(long a, long b, long count);
  }

  private int slot(long a, long b) {
    long h = a * 0x9E3779B97F4A7C15L + b;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 32;
    int i = (int) h & mask;
    while (first[i] != EMPTY && (first[i] != a || second[i] != b)) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] oldFirst = first;
    long[] oldSecond = second;
    long[] oldCounts = counts;
    allocate(oldFirst.length * 2);
    for (int i = 0; i < oldFirst.length; i++) {
      if (oldFirst[i] != EMPTY) {
        int j = slot(oldFirst[i], oldSecond[i]);
        first[j] = oldFirst[i];
        second[j] = oldSecond[i];
        counts[j] = oldCounts[i];
        size++;
      }
    }
  }
}
