package org.dateline.clean;

import java.util.Set;

/** A language identifier for tests whose texts are all English: every text is kept as {@code en}. */
public final class FixedLanguage {

  private FixedLanguage() {}

  public static LanguageIdentifier english() {
    return new LanguageIdentifier() {
      @Override
      public LanguageVerdict judge(String text, Set<String> kept) {
        return new LanguageVerdict("en", true);
      }

      @Override
      public Set<String> supported() {
        return Set.of("en");
      }
    };
  }
}
