package org.dateline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Settings shared by all loaders. Immutable and thread-safe.
 *
 * @param fields which record fields hold date, text, title and so on
 * @param date the date for inputs that carry none of their own (page text, and JSON/CSV
 *     records without a date field), or null; it never overrides a date the record states, nor
 *     stands in for a date field that does not parse
 * @param source the outlet for inputs that name none, or null
 * @param zone the time zone whose calendar day an instant (a time with an offset, an epoch
 *     number) falls on; UTC by default
 * @param excluded files and folders never read when walking an input folder: a run's output
 *     folder and cache, which may lie inside an input folder
 * @param delimiter the delimiter of every {@code .csv} and {@code .tsv} file ({@code --delimiter}),
 *     or null: a {@code .csv} file's is then sniffed, a {@code .tsv} file's is a tab
 * @param dateOrder the order of a numeric date that reads as two dates ({@code 02.01.2024}), or
 *     null: a file's other dates then tell it, if they can
 * @param maxRecordChars the most text a file or record may decode to ({@code --max-record-mb},
 *     see {@link RecordLimit}); past it the file or record is one {@code too_large} problem
 */
public record LoadOptions(FieldMapping fields, LocalDate date, String source, ZoneId zone, Set<Path> excluded,
    Character delimiter, DateOrder dateOrder, long maxRecordChars) implements java.io.Serializable {

  private static final LoadOptions DEFAULTS =
      new LoadOptions(FieldMapping.defaults(), null, null, ZoneOffset.UTC, Set.of());

  public LoadOptions {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(zone, "zone");
    Set<Path> absolute = new LinkedHashSet<>();
    for (Path p : Objects.requireNonNull(excluded, "excluded")) {
      absolute.add(p.toAbsolutePath().normalize());
    }
    excluded = Set.copyOf(absolute);
    if (source != null && source.isBlank()) {
      source = null;
    }
    if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
      throw new IllegalArgumentException("a quote or a line break cannot be the delimiter");
    }
    if (maxRecordChars < 1) {
      throw new IllegalArgumentException("maxRecordChars must be positive, got " + maxRecordChars);
    }
  }

  /** Options whose delimiter is sniffed, whose date order comes from each file's dates, with the default record limit. */
  public LoadOptions(FieldMapping fields, LocalDate date, String source, ZoneId zone, Set<Path> excluded) {
    this(fields, date, source, zone, excluded, null, null, RecordLimit.chars(RecordLimit.DEFAULT_MB));
  }

  /** Options that read instants in UTC and exclude nothing. */
  public LoadOptions(FieldMapping fields, LocalDate date, String source) {
    this(fields, date, source, ZoneOffset.UTC, Set.of());
  }

  /** Default field names, no fallback date, no fallback source, instants in UTC. */
  public static LoadOptions defaults() {
    return DEFAULTS;
  }

  public LoadOptions withFields(FieldMapping newFields) {
    return new LoadOptions(newFields, date, source, zone, excluded, delimiter, dateOrder, maxRecordChars);
  }

  public LoadOptions withDate(LocalDate newDate) {
    return new LoadOptions(fields, newDate, source, zone, excluded, delimiter, dateOrder, maxRecordChars);
  }

  public LoadOptions withSource(String newSource) {
    return new LoadOptions(fields, date, newSource, zone, excluded, delimiter, dateOrder, maxRecordChars);
  }

  public LoadOptions withZone(ZoneId newZone) {
    return new LoadOptions(fields, date, source, newZone, excluded, delimiter, dateOrder, maxRecordChars);
  }

  /** Never reads these files or folders (nor anything inside them) when walking a folder. */
  public LoadOptions withExcluded(Set<Path> newExcluded) {
    return new LoadOptions(fields, date, source, zone, newExcluded, delimiter, dateOrder, maxRecordChars);
  }

  /** Reads every {@code .csv} and {@code .tsv} file with this delimiter; null sniffs a {@code .csv} file's. */
  public LoadOptions withDelimiter(Character newDelimiter) {
    return new LoadOptions(fields, date, source, zone, excluded, newDelimiter, dateOrder, maxRecordChars);
  }

  /** Reads numeric dates that read as two dates in this order; null takes it from each file's dates. */
  public LoadOptions withDateOrder(DateOrder newDateOrder) {
    return new LoadOptions(fields, date, source, zone, excluded, delimiter, newDateOrder, maxRecordChars);
  }

  /** Reads no file or record that decodes to more than {@code newMaxRecordChars} characters. */
  public LoadOptions withMaxRecordChars(long newMaxRecordChars) {
    return new LoadOptions(fields, date, source, zone, excluded, delimiter, dateOrder, newMaxRecordChars);
  }

  /**
   * True when {@code path} is, or lies inside, an excluded file or folder, compared as given
   * and with links resolved (a folder given as a link is walked at its target).
   */
  public boolean isExcluded(Path path) {
    Path p = path.toAbsolutePath().normalize();
    for (Path e : excluded) {
      if (p.startsWith(e) || p.startsWith(real(e))) {
        return true;
      }
    }
    return false;
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      // Not there yet (the first run creates the output folder): nothing inside it to read.
      return p;
    }
  }
}
