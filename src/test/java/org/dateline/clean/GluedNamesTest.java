package org.dateline.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GluedNamesTest {

  private final GluedNames names = GluedNames.builtIn();

  private void assertRepair(String input, String expected, int spaces) {
    GluedNames.Repair r = names.repair(input);
    assertEquals(expected, r.text());
    assertEquals(spaces, r.spacesInserted());
  }

  @Test
  void splitsNamesGluedOnEitherSide() {
    assertRepair("a rally atKim Il SungSquare today", "a rally at Kim Il Sung Square today", 2);
    assertRepair("Comrade Kim Jong Unreceived a letter", "Comrade Kim Jong Un received a letter", 1);
    assertRepair("PresidentKim Il Sungand Chairman Kim Jong Ilon Mansu Hill",
        "President Kim Il Sung and Chairman Kim Jong Il on Mansu Hill", 3);
  }

  @Test
  void leavesSeparatedNamesAndHyphensAlone() {
    assertRepair("Kim Il Sung-Kim Jong Il Foundation; Kim Jong Un.", "Kim Il Sung-Kim Jong Il Foundation; Kim Jong Un.", 0);
    assertRepair("no names here", "no names here", 0);
  }

  @Test
  void theUserCanAddNames(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("names.txt"), "# more\nChoe Ryong Hae\n\n");
    GluedNames more = names.withNamesFrom(file);
    assertEquals("met Choe Ryong Hae today", more.repair("metChoe Ryong Haetoday").text());
    // Longest first, so that a name inside a longer one never wins.
    assertEquals(List.of("Choe Ryong Hae", "Kim Jong Suk", "Kim Il Sung", "Kim Jong Il", "Kim Jong Un", "Kim Yo Jong"),
        more.names());
  }
}
