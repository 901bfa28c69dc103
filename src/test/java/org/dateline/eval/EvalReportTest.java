package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.dateline.annotate.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalReportTest {

  private static EvalReport report() {
    NerCounts counts = NerCounts.of(Map.of(
        EntityClass.PER, new MatchCounts(10, 10, 9),
        EntityClass.LOC, new MatchCounts(10, 8, 8)));
    return new EvalReport(
        List.of(new NerResult(Profile.FAST, 1, 5, 50, counts)),
        List.of(new SentimentResult(Profile.FAST, new SentimentCounts(6, 3, 5, 3, 4, 3, 0))));
  }

  @Test
  void writesTidyCsvAtomically(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out").resolve(EvalCsvWriter.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "old");
    EvalCsvWriter.write(report(), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals("profile,engine,task,metric,value", lines.get(0));
    assertEquals("fast,,ner,precision,94.44", lines.get(1));
    assertEquals("fast,,ner,recall,85.00", lines.get(2));
    assertEquals("fast,,ner,f1,89.47", lines.get(3));
    assertTrue(lines.contains("fast,,ner,precision_PER,90.00"), lines::toString);
    assertTrue(lines.contains("fast,,ner,f1_LOC,88.89"), lines::toString);
    assertTrue(lines.contains("fast,,ner,f1_ORG,0.00"), lines::toString);
    assertTrue(lines.contains("fast,,ner,entities_gold,20"), lines::toString);
    assertTrue(lines.contains("fast,,ner,entities_predicted,18"), lines::toString);
    assertTrue(lines.contains("fast,corenlp,sst,accuracy_5class,50.00"), lines::toString);
    assertTrue(lines.contains("fast,corenlp,sst,accuracy_binary,60.00"), lines::toString);
    assertTrue(lines.contains("fast,corenlp,sst,accuracy_binary_nonneutral,75.00"), lines::toString);
    assertTrue(lines.contains("fast,corenlp,sst,sentences,6"), lines::toString);
    assertTrue(lines.contains("fast,corenlp,sst,sentences_binary,5"), lines::toString);
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
    }
  }

  @Test
  void tableAlignsProfilesInColumns() {
    NerResult full = new NerResult(Profile.FULL, 1, 5, 50, NerCounts.of(Map.of(EntityClass.PER, new MatchCounts(4, 4, 2))));
    EvalReport r = new EvalReport(List.of(report().ner().get(0), full), report().sentiment());
    String table = r.formatTable();
    List<String> lines = table.lines().toList();
    assertTrue(lines.get(0).matches("task\\s+engine\\s+metric\\s+fast\\s+full"), lines.get(0));
    assertTrue(lines.contains(lines.stream().filter(l -> l.startsWith("ner ") && l.contains(" f1 ")).findFirst().orElseThrow()));
    String f1 = lines.stream().filter(l -> l.matches("ner\\s+f1\\s.*")).findFirst().orElseThrow();
    assertTrue(f1.matches("ner\\s+f1\\s+89\\.47\\s+50\\.00"), f1);
    String acc = lines.stream().filter(l -> l.contains("accuracy_binary ")).findFirst().orElseThrow();
    assertTrue(acc.matches("sst\\s+corenlp\\s+accuracy_binary\\s+60\\.00\\s+-"), acc);
    int width = lines.get(0).length();
    lines.forEach(l -> assertEquals(width, l.length(), () -> "unaligned: " + l));
  }

  @Test
  void thresholdsNameTheFigureBelow() {
    EvalThresholds t = new EvalThresholds(OptionalDouble.of(90), OptionalDouble.of(60));
    assertEquals(List.of("NER F1 for profile fast is 89.47, below the minimum 90.00"), t.failures(report()));
    assertEquals(List.of(), new EvalThresholds(OptionalDouble.of(89), OptionalDouble.of(60)).failures(report()));
    assertEquals(1, new EvalThresholds(OptionalDouble.empty(), OptionalDouble.of(60.01)).failures(report()).size());
    assertEquals(List.of(), EvalThresholds.none().failures(report()));
  }
}
