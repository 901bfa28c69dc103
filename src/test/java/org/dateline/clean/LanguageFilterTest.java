package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguageFilterTest {

  /** Tells the language from a scripted table, so the filter's rule is tested alone. */
  static final LanguageIdentifier SCRIPTED = text -> Map.of(
      "The delegation left.", "en",
      "La delegación salió.", "es",
      "KCNA", LanguageIdentifier.UNDETERMINED).getOrDefault(text, "fr");

  @Test
  void keepsTheChosenLanguagesAndWhatCannotBeTold() {
    LanguageFilter english = new LanguageFilter(SCRIPTED, Set.of("en"));
    assertEquals(new LanguageFilter.Verdict("en", true), english.check("The delegation left."));
    assertEquals(new LanguageFilter.Verdict("es", false), english.check("La delegación salió."));
    assertEquals(new LanguageFilter.Verdict("und", true), english.check("KCNA"));
  }

  @Test
  void moreLanguagesKeepMore() {
    LanguageFilter both = new LanguageFilter(SCRIPTED, Set.of("en", "es"));
    assertEquals(new LanguageFilter.Verdict("es", true), both.check("La delegación salió."));
    assertEquals(new LanguageFilter.Verdict("fr", false), both.check("La délégation est partie."));
  }
}
