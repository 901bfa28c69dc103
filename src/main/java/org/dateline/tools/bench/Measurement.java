package org.dateline.tools.bench;

import java.util.Objects;

/**
 * One timed configuration of a benchmark run.
 *
 * @param name what was run
 * @param documents documents processed
 * @param tokens tokens annotated
 * @param nanos wall time
 * @param peakHeapBytes the highest heap use seen while it ran
 */
public record Measurement(String name, long documents, long tokens, long nanos, long peakHeapBytes) {
  public Measurement {
    Objects.requireNonNull(name, "name");
  }

  public double seconds() {
    return nanos / 1e9;
  }

  public double tokensPerSecond() {
    return tokens / Math.max(seconds(), 1e-9);
  }
}
