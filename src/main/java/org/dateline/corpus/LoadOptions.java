package org.dateline.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings shared by all loaders. Immutable and thread-safe.
 *
 * @param fields which record fields hold date, text, title and so on
 * @param date the date for inputs that carry none of their own (page text, plain text, and
 *     JSON/CSV records without a usable date field), or null; it never overrides a date the
 *     record states
 * @param source the outlet for inputs that name none, or null
 */
public record LoadOptions(FieldMapping fields, LocalDate date, String source) {

  private static final LoadOptions DEFAULTS = new LoadOptions(FieldMapping.defaults(), null, null);

  public LoadOptions {
    Objects.requireNonNull(fields, "fields");
    if (source != null && source.isBlank()) {
      source = null;
    }
  }

  /** Default field names, no fallback date, no fallback source. */
  public static LoadOptions defaults() {
    return DEFAULTS;
  }

  public LoadOptions withFields(FieldMapping newFields) {
    return new LoadOptions(newFields, date, source);
  }

  public LoadOptions withDate(LocalDate newDate) {
    return new LoadOptions(fields, newDate, source);
  }

  public LoadOptions withSource(String newSource) {
    return new LoadOptions(fields, date, newSource);
  }
}
