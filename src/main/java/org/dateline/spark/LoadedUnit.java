package org.dateline.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.dateline.corpus.InputFile;
import org.dateline.pipeline.RunCounts;

/**
 * What reading one input file gave.
 *
 * @param index the file's {@link InputUnit#index()}
 * @param file what the manifest says of the file, or null when it was skipped before its scan
 * @param counts the records read and repairs made
 * @param events the records and problems, in the order read
 */
record LoadedUnit(int index, InputFile file, List<RunCounts.Entry> counts, List<ReadEvent> events)
    implements Serializable {

  LoadedUnit {
    counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
    events = List.copyOf(Objects.requireNonNull(events, "events"));
  }

  /** The same without the records' texts. */
  LoadedUnit compact() {
    return new LoadedUnit(index, file, counts, events.stream().map(ReadEvent::compact).toList());
  }

  /** A number for an event of a file, unique in the run. */
  static long eventId(int unit, int position) {
    return ((long) unit << 32) | (position & 0xffffffffL);
  }
}
