package org.dateline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How long the stages of a run took, for the manifest's timings. Thread-safe.
 */
public final class StageTimings {

  /** A timed stage; the manifest names it by its lower-case constant name. */
  public enum Stage {
    /** Merging the workers' partial tables and putting rows and problems back in input order. */
    AGGREGATE;

    /** The name in the manifest. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One stage and its duration in whole milliseconds, rounded down. */
  public record Entry(Stage stage, long millis) {
    public Entry {
      Objects.requireNonNull(stage, "stage");
    }
  }

  private final Map<Stage, Duration> took = new EnumMap<>(Stage.class);

  /** Records that {@code stage} took {@code elapsed}, replacing an earlier record of it. */
  public synchronized void record(Stage stage, Duration elapsed) {
    took.put(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(elapsed, "elapsed"));
  }

  /** The stages recorded, in stage order. */
  public synchronized List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    took.forEach((stage, elapsed) -> out.add(new Entry(stage, elapsed.toMillis())));
    return List.copyOf(out);
  }
}
