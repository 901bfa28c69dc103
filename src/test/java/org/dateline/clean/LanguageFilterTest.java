package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {

  /**
   * Tells the language from a scripted table and keeps a text when its language is kept or
   * cannot be told, so the filter is tested without the detector.
   */
  static final LanguageIdentifier SCRIPTED = new LanguageIdentifier() {
    @Override
    public LanguageVerdict judge(String text, Set<String> kept) {
      String language = Map.of(
          "The delegation left.", "en",
          "La delegación salió.", "es",
          "KCNA", LanguageIdentifier.UNDETERMINED).getOrDefault(text, "fr");
      return new LanguageVerdict(language, language.equals(UNDETERMINED) || kept.contains(language));
    }

    @Override
    public Set<String> supported() {
      return Set.of("en", "es", "fr");
    }
  };

  @Test
  void keepsTheChosenLanguagesAndWhatCannotBeTold() {
    LanguageFilter english = new LanguageFilter(SCRIPTED, Set.of("en"));
    assertEquals(new LanguageVerdict("en", true), english.check("The delegation left."));
    assertEquals(new LanguageVerdict("es", false), english.check("La delegación salió."));
    assertEquals(new LanguageVerdict("und", true), english.check("KCNA"));
  }

  @Test
  void moreLanguagesKeepMore() {
    LanguageFilter both = new LanguageFilter(SCRIPTED, Set.of("en", "es"));
    assertEquals(new LanguageVerdict("es", true), both.check("La delegación salió."));
    assertEquals(new LanguageVerdict("fr", false), both.check("La délégation est partie."));
  }
}
