package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.junit.jupiter.api.Test;

class RecordCleanerTest {

  static Article raw(String text) {
    return Article.builder().id("a").text(text).origin(Origin.record("f.json", 3)).build();
  }

  @Test
  void repairsWhitespaceAndKeepsTheRestOfTheRecord() {
    RecordCleaner.Cleaned c = new RecordCleaner(null).clean(raw("  The  delegation\t\tleft Pyongyang.  "));
    assertEquals("The delegation left Pyongyang.", c.article().text());
    assertEquals(0, c.gluedNameSpaces());
    assertEquals(Origin.record("f.json", 3), c.article().origin());
  }

  @Test
  void aRecordOfWhitespaceComesBackEmpty() {
    assertTrue(new RecordCleaner(null).clean(raw(" \u00a0\t\r\n ")).empty());
  }

  @Test
  void splitsGluedNamesOnlyWhenAsked() {
    String glued = "Comrade Kim Jong Unreceived the delegation atKim Il SungSquare.";
    assertEquals(glued, new RecordCleaner(null).clean(raw(glued)).article().text());
    RecordCleaner.Cleaned c = new RecordCleaner(GluedNames.builtIn()).clean(raw(glued));
    assertEquals("Comrade Kim Jong Un received the delegation at Kim Il Sung Square.", c.article().text());
    assertEquals(3, c.gluedNameSpaces());
  }
}
