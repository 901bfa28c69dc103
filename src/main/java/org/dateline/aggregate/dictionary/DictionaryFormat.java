package org.dateline.aggregate.dictionary;

import java.util.Locale;

/** The file formats a dictionary is read from, told by the file name's extension. */
public enum DictionaryFormat {
  /** Nested mappings with lists of entries at the leaves ({@code .yml}, {@code .yaml}). */
  YAML,
  /** LIWC: a {@code %}-delimited header of numbered categories, then entries with their numbers. */
  LIWC,
  /** Two columns, {@code category,entry}. */
  CSV,
  /** Two tab-separated columns, {@code category<TAB>entry}. */
  TSV;

  /** The lower-case name the manifest records. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format of a file named {@code fileName}, or null when its extension is none of ours. */
  public static DictionaryFormat of(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yml") || name.endsWith(".yaml")) {
      return YAML;
    }
    if (name.endsWith(".dic")) {
      return LIWC;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return TSV;
    }
    return null;
  }
}
