package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LinguaLanguageIdentifierTest {
  private static final LanguageIdentifier ID = new LinguaLanguageIdentifier();
  private static final Set<String> EN = Set.of("en");

  @Test
  void tellsEnglishFromSpanishInKcnaStyleText() {
    assertEquals(new LanguageVerdict("en", true), ID.judge(
        "Pyongyang, March 14 (KCNA) -- Kim Jong Un gave field guidance to the construction site of the May 27 Fishery Station.", EN));
    assertEquals(new LanguageVerdict("es", false), ID.judge(
        "Pyongyang, 14 de marzo (ACNC) -- Kim Jong Un dio orientaciones sobre el terreno en la obra de la Estación Pesquera.", EN));
    assertEquals(new LanguageVerdict("en", true),
        ID.judge("Modern rural dwellings are springing up one after another in Kangwon Province of the DPRK amid", EN));
  }

  @Test
  void shortEnglishThatLinguaTakesForAnotherLanguageIsKeptUndetermined() {
    // Each of these is Lingua's top pick for French, German or Italian.
    for (String s : new String[] {"Sure.", "Don't relax.", "None of them listen.", "Pure 007.", "Don't bet on it."}) {
      assertEquals(new LanguageVerdict(LanguageIdentifier.UNDETERMINED, true), ID.judge(s, EN), s);
    }
  }

  @Test
  void theKeptSetDecidesWhichLanguageIsDropped() {
    String spanish = "Pyongyang, 14 de marzo (ACNC) -- Kim Jong Un dio orientaciones sobre el terreno en la obra de la Estación Pesquera.";
    assertEquals(new LanguageVerdict("es", true), ID.judge(spanish, Set.of("en", "es")));
    LanguageVerdict onlySpanish = ID.judge(
        "Pyongyang, March 14 (KCNA) -- Kim Jong Un gave field guidance to the construction site of the May 27 Fishery Station.",
        Set.of("es"));
    assertEquals("en", onlySpanish.language());
    assertFalse(onlySpanish.kept());
  }

  @Test
  void blankTextIsUndeterminedAndKept() {
    assertEquals(new LanguageVerdict(LanguageIdentifier.UNDETERMINED, true), ID.judge("  ", EN));
  }

  @Test
  void supportedCodesAreTheDetectorsLanguages() {
    assertEquals(11, ID.supported().size());
    assertTrue(ID.supported().containsAll(Set.of("en", "es", "fr", "ru", "zh", "ja", "ar", "ko", "de", "it", "pt")));
    assertFalse(ID.supported().contains("nl"));
  }
}
