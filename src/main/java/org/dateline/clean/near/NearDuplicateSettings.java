package org.dateline.clean.near;

import java.util.Locale;
import java.util.Objects;

/**
 * What a run does about near-duplicates.
 *
 * @param mode whether they are only reported, dropped, or not looked for
 * @param threshold the least estimated Jaccard similarity of two records' word shingles for
 *     them to match, in (0, 1]
 * @param windowDays the most days apart two matching records may be dated, or null for any two
 *     dates; with a window, an undated record matches nothing
 */
public record NearDuplicateSettings(Mode mode, double threshold, Integer windowDays)
    implements java.io.Serializable {

  /** The default threshold, chosen from the measurements in docs/near-duplicates.md. */
  public static final double DEFAULT_THRESHOLD = 0.45;

  /** What is done with the records of a cluster other than the one kept. */
  public enum Mode {
    /** Listed in {@code near_duplicates.csv}, and counted in every table as before. */
    REPORT,
    /** Listed, and skipped like exact duplicates. */
    DROP,
    /** Not looked for. */
    OFF;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public NearDuplicateSettings {
    Objects.requireNonNull(mode, "mode");
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("the near-duplicate threshold must be above 0 and at most 1, was "
          + threshold);
    }
    if (windowDays != null && windowDays < 0) {
      throw new IllegalArgumentException("the near-duplicate window must be 0 days or more, was " + windowDays);
    }
  }

  /** Reported, at the default threshold, whatever the dates. */
  public static NearDuplicateSettings defaults() {
    return new NearDuplicateSettings(Mode.REPORT, DEFAULT_THRESHOLD, null);
  }

  public static NearDuplicateSettings off() {
    return new NearDuplicateSettings(Mode.OFF, DEFAULT_THRESHOLD, null);
  }

  public boolean enabled() {
    return mode != Mode.OFF;
  }

  /** For the manifest: {@code report, J >= 0.5, any dates}. */
  public String description() {
    if (mode == Mode.OFF) {
      return "off";
    }
    return mode.label() + ", J >= " + threshold + ", "
        + (windowDays == null ? "any dates" : "within " + windowDays + " days");
  }
}
