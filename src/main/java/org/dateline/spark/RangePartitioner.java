package org.dateline.spark;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.Partitioner;

/**
 * Spreads records over partitions by their sequence number, in contiguous ranges of about
 * equal counts, so every partition gets its share and holds records in input order.
 */
final class RangePartitioner extends Partitioner {

  private static final long serialVersionUID = 1L;

  /** The first sequence number of partitions 1, 2, ...; ascending. */
  private final long[] starts;

  private RangePartitioner(long[] starts) {
    this.starts = starts;
  }

  /**
   * Ranges of {@code sortedSeqs} for {@code partitions} partitions.
   *
   * @param sortedSeqs the kept records' sequence numbers, ascending
   */
  static RangePartitioner of(long[] sortedSeqs, int partitions) {
    Objects.requireNonNull(sortedSeqs, "sortedSeqs");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
    long[] starts = new long[partitions - 1];
    for (int p = 1; p < partitions; p++) {
      int at = (int) ((long) p * sortedSeqs.length / partitions);
      starts[p - 1] = at < sortedSeqs.length ? sortedSeqs[at] : Long.MAX_VALUE;
    }
    return new RangePartitioner(starts);
  }

  @Override
  public int numPartitions() {
    return starts.length + 1;
  }

  @Override
  public int getPartition(Object key) {
    long seq = (Long) key;
    int i = Arrays.binarySearch(starts, seq);
    // Equal starts (fewer records than partitions) leave the partitions between them empty.
    if (i >= 0) {
      while (i + 1 < starts.length && starts[i + 1] == seq) {
        i++;
      }
      return i + 1;
    }
    return -i - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RangePartitioner other && Arrays.equals(starts, other.starts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(starts);
  }
}
