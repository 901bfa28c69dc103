package org.dateline.aggregate;

import java.util.Arrays;

/**
 * Counts keyed by two longs, in open-addressing arrays: about 24 bytes per key at the usual
 * load, where a {@code HashMap} of boxed keys and values costs over 100. Used for the n-gram
 * counts of a whole archive. Not thread-safe.
 */
final class LongPairCounts {
  private static final long EMPTY = Long.MIN_VALUE;

  private long[] first;
  private long[] second;
  private long[] counts;
  private int size;
  private int mask;

  LongPairCounts() {
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
  void add(long a, long b, long delta) {
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

  long get(long a, long b) {
    int i = slot(a, b);
    return first[i] == EMPTY ? 0 : counts[i];
  }

  int size() {
    return size;
  }

  /** Calls {@code action} for every key with its count, in no particular order. */
  void forEach(Entry action) {
    for (int i = 0; i <= mask; i++) {
      if (first[i] != EMPTY) {
        action.accept(first[i], second[i], counts[i]);
      }
    }
  }

  /** Bytes held by the arrays. */
  long bytes() {
    return 24L * (mask + 1);
  }

  interface Entry {
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
