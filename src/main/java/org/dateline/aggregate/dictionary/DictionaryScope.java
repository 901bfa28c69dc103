package org.dateline.aggregate.dictionary;

import java.util.Locale;

/**
 * Which matches consume words: those of one category ({@link #KEY}), or those of any category of
 * the dictionary ({@link #DICTIONARY}), so that a longer entry of one category ({@code not good})
 * stops a shorter one of another ({@code good}) from counting.
 */
public enum DictionaryScope {
  KEY,
  DICTIONARY;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
