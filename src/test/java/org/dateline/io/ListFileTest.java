package org.dateline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.aggregate.Stopwords;
import org.dateline.clean.GluedNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListFileTest {

  @TempDir Path dir;

  @Test
  void dropsTheByteOrderMarkCommentsAndBlankLines() throws Exception {
    List<ListFile.Entry> entries = ListFile.parse(new StringReader(
        "\uFEFFKim Il Sung\n# leaders\n\n  Kim Jong Un   # with a comment\n\t\n"));
    assertEquals(List.of(new ListFile.Entry(1, "Kim Il Sung"), new ListFile.Entry(4, "Kim Jong Un")), entries);
  }

  @Test
  void aNamesFileSavedWithAByteOrderMarkMatchesItsFirstName() throws Exception {
    Path names = dir.resolve("names.txt");
    Files.write(names, "\uFEFFChoe Ryong Hae\r\nPak Pong Ju\r\n".getBytes(StandardCharsets.UTF_8));
    GluedNames glued = GluedNames.builtIn().withNamesFrom(names);
    GluedNames.Repair repair = glued.repair("metChoe Ryong Haetoday");
    assertEquals("met Choe Ryong Hae today", repair.text());
    assertEquals(2, repair.spacesInserted());
  }

  @Test
  void aStopwordFileSavedWithAByteOrderMarkDropsItsFirstWord() throws Exception {
    Path words = dir.resolve("stop.txt");
    Files.write(words, "\uFEFFcomrade\nrespected # honorific\n".getBytes(StandardCharsets.UTF_8));
    Stopwords stop = Stopwords.fromFile(words);
    assertEquals(2, stop.size());
    assertEquals(true, stop.contains("comrade"));
    assertEquals(true, stop.contains("respected"));
  }
}
