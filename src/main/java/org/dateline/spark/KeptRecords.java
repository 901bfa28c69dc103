package org.dateline.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The records dedup kept, by {@link LoadedUnit#eventId}, each with its sequence number in the
 * run (its place among everything read, as a run on one machine numbers it). Broadcast to the
 * executors: 16 bytes a record.
 */
final class KeptRecords implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long[] eventIds;
  private final long[] seqs;

  /** {@code eventIds} and their {@code seqs}, in any order. */
  KeptRecords(long[] eventIds, long[] seqs) {
    Objects.requireNonNull(eventIds, "eventIds");
    Objects.requireNonNull(seqs, "seqs");
    if (eventIds.length != seqs.length) {
      throw new IllegalArgumentException(eventIds.length + " event ids but " + seqs.length + " sequence numbers");
    }
    Integer[] order = new Integer[eventIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(eventIds[a], eventIds[b]));
    this.eventIds = new long[order.length];
    this.seqs = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      this.eventIds[i] = eventIds[order[i]];
      this.seqs[i] = seqs[order[i]];
    }
  }

  /** The sequence number of a kept record, or -1 when dedup dropped it. */
  long seqOf(long eventId) {
    int i = Arrays.binarySearch(eventIds, eventId);
    return i < 0 ? -1 : seqs[i];
  }

  int size() {
    return eventIds.length;
  }

  /** The sequence numbers, ascending. */
  long[] sortedSeqs() {
    long[] sorted = seqs.clone();
    Arrays.sort(sorted);
    return sorted;
  }
}
