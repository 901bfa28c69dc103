package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangePartitionerTest {

  private static List<Integer> partitionsOf(long[] seqs, int partitions) {
    RangePartitioner p = RangePartitioner.of(seqs, partitions);
    assertEquals(partitions, p.numPartitions());
    List<Integer> out = new ArrayList<>();
    for (long s : seqs) {
      out.add(p.getPartition(s));
    }
    return out;
  }

  @Test
  void contiguousRangesOfAboutEqualCounts() {
    // Sequence numbers with gaps, as dedup leaves them: 10 records in 3 partitions.
    long[] seqs = {0, 2, 3, 7, 8, 9, 15, 16, 20, 31};
    assertEquals(List.of(0, 0, 0, 1, 1, 1, 2, 2, 2, 2), partitionsOf(seqs, 3));
  }

  @Test
  void fewerRecordsThanPartitionsLeaveSomeEmpty() {
    long[] seqs = {4, 9};
    List<Integer> got = partitionsOf(seqs, 7);
    assertEquals(List.of(3, 6), got);
  }

  @Test
  void onePartitionTakesEverything() {
    assertEquals(List.of(0, 0, 0), partitionsOf(new long[] {1, 5, 6}, 1));
  }
}
