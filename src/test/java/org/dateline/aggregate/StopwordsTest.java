package org.dateline.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopwordsTest {
  @TempDir Path dir;

  @Test
  void englishHoldsFunctionWordsAndContractionPieces() {
    Stopwords en = Stopwords.english();
    assertEquals(170, en.size());
    for (String w : List.of("the", "a", "of", "and", "is", "'s", "n't", "'re", "'ll", "ca", "wo", "who")) {
      assertTrue(en.contains(w), w);
    }
    for (String w : List.of("us", "korea", "people", "peace", "The")) {
      assertFalse(en.contains(w), w);
    }
    assertEquals("english", en.description());
  }

  @Test
  void noneIsEmpty() {
    assertEquals(0, Stopwords.none().size());
    assertFalse(Stopwords.none().contains("the"));
  }

  @Test
  void fromFileReadsCommentsBlankLinesBomAndLowerCases() throws Exception {
    Path file = dir.resolve("stop.txt");
    Files.writeString(file, "\uFEFF# my list\nThe\n\n  Of  # trailing comment\nÉtat\n", StandardCharsets.UTF_8);
    Stopwords s = Stopwords.fromFile(file);
    assertEquals(3, s.size());
    assertTrue(s.contains("the"));
    assertTrue(s.contains("of"));
    assertTrue(s.contains("état"));
    assertEquals("file:" + file, s.description());
    assertEquals(Stopwords.of("x", List.of("the", "OF", "état")), s);
    assertNotEquals(Stopwords.none(), s);
  }

  @Test
  void fromFileRejectsTwoWordsOnALineAndNamesTheLine() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "the\nof and\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stopwords.fromFile(file));
    assertEquals(file + ":2: 'of and' holds whitespace; write one word per line", e.getMessage());
  }
}
