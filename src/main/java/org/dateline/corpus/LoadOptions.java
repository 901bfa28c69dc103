package org.dateline.corpus;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

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
 */
public record LoadOptions(FieldMapping fields, LocalDate date, String source, ZoneId zone) {

  private static final LoadOptions DEFAULTS = new LoadOptions(FieldMapping.defaults(), null, null, ZoneOffset.UTC);

  public LoadOptions {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(zone, "zone");
    if (source != null && source.isBlank()) {
      source = null;
    }
  }

  /** Options that read instants in UTC. */
  public LoadOptions(FieldMapping fields, LocalDate date, String source) {
    this(fields, date, source, ZoneOffset.UTC);
  }

  /** Default field names, no fallback date, no fallback source, instants in UTC. */
  public static LoadOptions defaults() {
    return DEFAULTS;
  }

  public LoadOptions withFields(FieldMapping newFields) {
    return new LoadOptions(newFields, date, source, zone);
  }

  public LoadOptions withDate(LocalDate newDate) {
    return new LoadOptions(fields, newDate, source, zone);
  }

  public LoadOptions withSource(String newSource) {
    return new LoadOptions(fields, date, newSource, zone);
  }

  public LoadOptions withZone(ZoneId newZone) {
    return new LoadOptions(fields, date, source, newZone);
  }
}
