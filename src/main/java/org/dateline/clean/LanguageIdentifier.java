package org.dateline.clean;

/**
 * Tells the language of a text. Implementations are thread-safe.
 */
public interface LanguageIdentifier {

  /** The code returned when the language cannot be told. */
  String UNDETERMINED = "und";

  /** The ISO 639-1 code of {@code text}'s language, or {@link #UNDETERMINED}. */
  String identify(String text);
}
