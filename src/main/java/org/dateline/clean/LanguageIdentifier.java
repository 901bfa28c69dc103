package org.dateline.clean;

import java.util.Optional;
import java.util.Set;

/**
 * Tells the language of a text and whether a record in it is kept. The rule lives here rather
 * than with the caller because only the detector knows how sure it is: a text is dropped only
 * when it is confidently in a language that is not kept; below that it is kept as {@link
 * #UNDETERMINED}. Implementations are thread-safe.
 */
public interface LanguageIdentifier {

  /** The code given to a text whose language the detector cannot tell with confidence. */
  String UNDETERMINED = "und";

  /**
   * Judges {@code text} against the languages to keep.
   *
   * @param text the cleaned text
   * @param kept ISO 639-1 codes of the languages to keep, each one of {@link #supported()}
   */
  LanguageVerdict judge(String text, Set<String> kept);

  /** The ISO 639-1 codes this identifier can return, so that a kept set can be checked. */
  Set<String> supported();

  /**
   * Everything that decides this identifier's verdicts (its version, models and thresholds), so
   * that a cache may keep them; empty when they must not be kept.
   */
  default Optional<String> fingerprint() {
    return Optional.empty();
  }
}
