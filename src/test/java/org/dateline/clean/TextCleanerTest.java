package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {
  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void repairsLineEndsTabsAndOddSpaces() {
    assertEquals(
        "Kim Jong Un gave field guidance.\nThe station is modern.",
        cleaner.clean(" Kim Jong Un\t\tgave\u00A0field  guidance. \r\n\t\t\t\t\t\r\n\t\t The\u200B station is modern. \r\n"));
  }

  @Test
  void keepsOneParagraphPerLine() {
    assertEquals("First paragraph.\nSecond paragraph.", cleaner.clean("First paragraph.\nSecond paragraph.\n"));
  }

  @Test
  void joinsHardWrappedParagraphs() {
    String wrapped = "Pyongyang, January 2 (KCNA) -- The Korean people\r\n"
        + "celebrated the new year with great joy and\r\n"
        + "inter-\r\nnational friends.\r\n"
        + "\r\n"
        + "A second paragraph begins here and goes\r\n"
        + "on to the next line.\r\n";
    assertEquals(
        "Pyongyang, January 2 (KCNA) -- The Korean people celebrated the new year with great joy and"
            + " international friends.\nA second paragraph begins here and goes on to the next line.",
        cleaner.clean(wrapped));
  }

  @Test
  void blankLinesBetweenFinishedParagraphsAreNotHardWrapping() {
    assertEquals("Title Line\nOne sentence.\nTwo sentence.",
        cleaner.clean("Title Line\n\nOne sentence.\n\nTwo sentence.\n"));
  }

  @Test
  void aDashGluedToTheFirstWordOfADatelineGetsASpace() {
    TextCleaner c = new TextCleaner();
    assertEquals("Pyongyang, January 12 (KCNA) -- Kim Jong Un visited the plant.",
        c.clean("Pyongyang, January 12 (KCNA) --Kim Jong Un visited the plant."));
    assertEquals("-- Kim Jong Un spoke.", c.clean("--Kim Jong Un spoke."));
    assertEquals("war--peace and war -- peace, 10 --20", c.clean("war--peace and war -- peace, 10 --20"));
  }

  @Test
  void emptyAndNullBecomeEmpty() {
    assertEquals("", cleaner.clean(null));
    assertEquals("", cleaner.clean(" \t\r\n "));
  }
}
