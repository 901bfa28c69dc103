package org.dateline.aggregate.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three formats, read to the same dictionary, and the files refused with their line. */
class DictionaryReaderTest {

  @TempDir Path dir;

  static final String YAML = """
      # threats and their absence
      hostility:
        threat:
          - Annihilat*
          - sea of fire
        insult: puppet*
      peace:
        - peace
        - "no threat"
      """;

  static final String LIWC = """
      %
      1\thostility.threat
      2\thostility.insult
      3\tpeace
      %
      annihilat*\t1
      sea of fire\t1
      puppet*\t2
      peace\t3
      no threat\t3
      """;

  static final String CSV = """
      category,entry
      hostility.threat,annihilat*
      hostility.threat,sea of fire
      hostility.insult,puppet*
      peace,peace
      peace,no threat
      """;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private DictionaryException refused(String name, String text) throws IOException {
    Path file = write(name, text);
    DictionaryException e = assertThrows(DictionaryException.class, () -> DictionaryReader.read(file));
    assertEquals(file, e.file());
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    return e;
  }

  @Test
  void theThreeFormatsGiveTheSameCategoriesAndEntries() throws IOException {
    Dictionary yaml = DictionaryReader.read(write("rhetoric.yml", YAML));
    Dictionary liwc = DictionaryReader.read(write("rhetoric.dic", LIWC));
    Dictionary csv = DictionaryReader.read(write("rhetoric.csv", CSV));
    Dictionary tsv = DictionaryReader.read(write("rhetoric.tsv", CSV.replace(',', '\t')));
    List<String> categories = List.of("hostility.threat", "hostility.insult", "peace");
    List<List<String>> entries = List.of(List.of("annihilat*", "sea of fire"), List.of("puppet*"),
        List.of("peace", "no threat"));
    for (Dictionary d : List.of(yaml, liwc, csv, tsv)) {
      assertEquals("rhetoric", d.name());
      assertEquals(categories, d.categories(), d.format().label());
      assertEquals(entries, d.entries(), d.format().label());
      assertEquals(5, d.entryCount());
      assertEquals(64, d.sha256().length());
    }
    assertEquals(DictionaryFormat.LIWC, liwc.format());
  }

  @Test
  void theCsvHeaderIsOptional() throws IOException {
    Dictionary d = DictionaryReader.read(write("d.csv", "threat,war\nthreat,\"strike, pre-emptive\"\n"));
    assertEquals(List.of("threat"), d.categories());
    assertEquals(List.of(List.of("war", "strike, pre-emptive")), d.entries());
  }

  @Test
  void anEntryListedTwiceInACategoryIsKeptOnce() throws IOException {
    Dictionary d = DictionaryReader.read(write("d.csv", "threat,war\nthreat,War\n"));
    assertEquals(1, d.entryCount());
  }

  @Test
  void anUnknownFormatIsRefused() throws IOException {
    DictionaryException e = refused("words.txt", "war\n");
    assertEquals(0, e.line());
    assertTrue(e.problem().contains("unknown dictionary format"), e.problem());
  }

  @Test
  void aDuplicateCategoryIsRefusedWithItsLine() throws IOException {
    DictionaryException yaml = refused("d.yml", "threat:\n  - war\npeace:\n  - peace\nthreat:\n  - strike\n");
    assertEquals(5, yaml.line());
    assertTrue(yaml.problem().contains("duplicate category 'threat'"), yaml.problem());
    DictionaryException nested = refused("n.yml", "a.b:\n  - x\na:\n  b:\n    - y\n");
    assertEquals(4, nested.line());
    DictionaryException liwc = refused("d.dic", "%\n1\tthreat\n2\tthreat\n%\nwar\t1\n");
    assertEquals(3, liwc.line());
  }

  @Test
  void anEmptyEntryIsRefusedWithItsLine() throws IOException {
    assertEquals(3, refused("d.csv", "category,entry\nthreat,war\nthreat,  \n").line());
    assertEquals(3, refused("d.yml", "threat:\n  - war\n  - ''\n").line());
    assertEquals(5, refused("d.dic", "%\n1\tthreat\n%\nwar\t1\n\t1\n").line());
  }

  @Test
  void aLiwcNumberThatNoCategoryHasIsRefusedWithItsLine() throws IOException {
    DictionaryException e = refused("d.dic", "%\n1\tthreat\n2\tpeace\n%\nwar\t1\npeace\t2 7\n");
    assertEquals(6, e.line());
    assertTrue(e.problem().contains("category number 7"), e.problem());
  }

  @Test
  void malformedFilesAreRefusedWithTheirLine() throws IOException {
    assertEquals(2, refused("d.csv", "threat,war\nthreat,war,strike\n").line());
    assertEquals(1, refused("d.dic", "1\tthreat\n%\n").line());
    assertEquals(3, refused("d.yml", "threat:\n  - war\n - [unclosed\n").line());
    assertEquals(1, refused("d.yml", "- war\n- peace\n").line());
    assertEquals(0, refused("e.yml", "# nothing\n").line());
  }
}
