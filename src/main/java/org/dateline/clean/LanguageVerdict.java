package org.dateline.clean;

import java.util.Objects;

/**
 * What a {@link LanguageIdentifier} decided about one text.
 *
 * @param language the ISO 639-1 code of the language the text is counted under, or {@link
 *     LanguageIdentifier#UNDETERMINED} when the detector was not confident
 * @param kept true when the record stays in the run; false only when the detector is confident
 *     that the text is in none of the kept languages
 */
public record LanguageVerdict(String language, boolean kept) {
  public LanguageVerdict {
    Objects.requireNonNull(language, "language");
  }
}
