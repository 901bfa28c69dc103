package org.dateline.clean;

import java.util.Set;

/** A language identifier for tests whose texts are all English: every text is kept as {@code en}. */
public final class FixedLanguage {

  private FixedLanguage() {}

  public static LanguageIdentifier english() {
    return english(Set.of("en"));
  }

  /** The same, claiming to tell {@code supported} (so options naming those languages pass). */
  public static LanguageIdentifier english(Set<String> supported) {
    return new LanguageIdentifier() {
      @Override
      public LanguageVerdict judge(String text, Set<String> kept) {
        return new LanguageVerdict("en", true);
      }

      @Override
      public Set<String> supported() {
        return supported;
      }
    };
  }
}
