package org.dateline.corpus;

import java.util.Locale;

/**
 * The order of day, month and year in a date written with digits only. {@code 31.01.2024} and
 * {@code 01/31/2024} tell it themselves; {@code 02.01.2024} (2 January or 1 February) does not,
 * nor does a two-digit year ({@code 24.01.02}), and for these the order is given ({@code
 * --date-order}) or taken from the file's other dates.
 */
public enum DateOrder {
  /** Day, month, year: {@code 31.01.2024}, as most of Europe writes it. */
  DMY,
  /** Month, day, year: {@code 01/31/2024}, as the United States writes it. */
  MDY,
  /** Year, month, day: {@code 2024.01.31}, {@code 24.01.31}, as East Asia writes it. */
  YMD;

  /** The option's spelling: {@code dmy}, {@code mdy}, {@code ymd}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The order named by {@code value}, ignoring case.
   *
   * @throws IllegalArgumentException naming the choices
   */
  public static DateOrder of(String value) {
    String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    for (DateOrder o : values()) {
      if (o.name().equals(v)) {
        return o;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a date order; give dmy (31.01.2024), mdy (01/31/2024) or ymd (24.01.31)");
  }
}
