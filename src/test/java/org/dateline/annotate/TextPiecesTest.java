package org.dateline.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

  @Test
  void shortTextsStayWhole() {
    assertEquals(List.of("One line.\nTwo."), TextPieces.split("One line.\nTwo.", 20));
  }

  @Test
  void piecesEndAtLineBreaksAndJoinBackToTheText() {
    String text = "aaaa bbbb.\ncccc.\ndddd eeee ffff.\ngg.";
    List<String> pieces = TextPieces.split(text, 12);
    assertEquals(List.of("aaaa bbbb.\n", "cccc.\n", "dddd eeee ", "ffff.\ngg."), pieces);
    assertEquals(text, String.join("", pieces));
  }

  @Test
  void aLineWithoutSpacesIsCutAtTheBound() {
    assertEquals(List.of("abcde", "fghij", "k"), TextPieces.split("abcdefghijk", 5));
  }
}
