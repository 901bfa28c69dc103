package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinguaLanguageIdentifierTest {
  private static final LanguageIdentifier ID = new LinguaLanguageIdentifier();

  @Test
  void tellsEnglishFromSpanishInKcnaStyleText() {
    assertEquals("en", ID.identify(
        "Pyongyang, March 14 (KCNA) -- Kim Jong Un gave field guidance to the construction site of the May 27 Fishery Station."));
    assertEquals("es", ID.identify(
        "Pyongyang, 14 de marzo (ACNC) -- Kim Jong Un dio orientaciones sobre el terreno en la obra de la Estación Pesquera."));
    assertEquals("en", ID.identify("Modern rural dwellings are springing up one after another in Kangwon Province of the DPRK amid"));
  }

  @Test
  void blankTextIsUndetermined() {
    assertEquals(LanguageIdentifier.UNDETERMINED, ID.identify("  "));
  }
}
