package org.dateline.kwic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.clean.FixedLanguage;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunResult;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.KwicColumn;
import org.dateline.testing.FakeAnnotator;
import org.dateline.testing.Words;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KwicTest {
  private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);


  @TempDir Path dir;

  static final List<String> TOKENS = List.of("Comrade", "Kim", "Jong", "Un", "inspected", "a", "nuclear",
      "weapons", "institute", ".", "Kim", "Yo", "Jong", "spoke", ".");

  @Test
  void globsAreCaseInsensitiveAndSpacesMatchSequences() {
    assertTrue(KwicPattern.of("NUCLEAR").matchesAt(TOKENS, 6));
    assertTrue(KwicPattern.of("weapon*").matchesAt(TOKENS, 7));
    assertTrue(KwicPattern.of("k?m jong un").matchesAt(TOKENS, 1));
    assertFalse(KwicPattern.of("kim jong un").matchesAt(TOKENS, 10));
    assertFalse(KwicPattern.of("nuclear.").matchesAt(TOKENS, 6));
    assertThrows(IllegalArgumentException.class, () -> KwicPattern.of("  "));
  }

  @Test
  void rowsGivePositionsAndWindowsAsQuantedaDoes() {
    Concordance c = new Concordance(List.of(KwicPattern.of("Kim Jong Un"), KwicPattern.of("kim")), 2);
    List<KwicRow> rows = c.find("d1", MARCH_1, "a.json:1", TOKENS, 0);
    assertEquals(List.of(
        new KwicRow("d1", MARCH_1, 2, 4, "Comrade", "Kim Jong Un", "inspected a", "Kim Jong Un", "a.json:1"),
        new KwicRow("d1", MARCH_1, 2, 2, "Comrade", "Kim", "Jong Un", "kim", "a.json:1"),
        new KwicRow("d1", MARCH_1, 11, 11, "institute .", "Kim", "Yo Jong", "kim", "a.json:1")), rows);
    assertEquals(111, c.find("d1", null, "a.json:1", TOKENS, 100).get(2).from());
  }

  @Test
  void theWidestWindowShowsTheWholeTextAndWiderOnesAreRefused() {
    Concordance widest = new Concordance(List.of(KwicPattern.of("nuclear")), Concordance.MAX_WINDOW);
    assertEquals(List.of(new KwicRow("d1", null, 7, 7, "Comrade Kim Jong Un inspected a", "nuclear",
        "weapons institute . Kim Yo Jong spoke .", "nuclear", "t.txt")), widest.find("d1", null, "t.txt", TOKENS, 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Concordance(List.of(KwicPattern.of("nuclear")), Integer.MAX_VALUE - 1));
    assertEquals("--window must be between 0 and 1000 tokens, was 2147483646", e.getMessage());
  }

  /** Splits on spaces, one sentence per text. */
  static Annotator spaceTokenizer() {
    return FakeAnnotator.of(AnnotatorSettings.defaults().withLayers(Layers.TERMS), Words.wholeText());
  }

  @Test
  void aPipelineRunListsMatchesInInputOrderThenPosition() throws Exception {
    Path input = Files.writeString(dir.resolve("s.json"), "["
        + "{\"id\": \"a\", \"date\": \"2024-01-02\", \"text\": \"missile test and another missile\"},"
        + "{\"id\": \"b\", \"date\": \"2024-01-01\", \"text\": \"no match here\"},"
        + "{\"id\": \"c\", \"text\": \"Missiles flew\"}]");
    KwicAnnotator kwic = new KwicAnnotator(spaceTokenizer(), new Concordance(List.of(KwicPattern.of("missile*")), 1));
    LanguageIdentifier english = FixedLanguage.english();
    for (int threads : new int[] {1, 2}) {
      RunResult result = new Pipeline(PipelineConfig.defaults().withThreads(threads), kwic, english, ProgressListener.NONE)
          .run(List.of(input));
      List<KwicRow> rows = new ArrayList<>();
      for (DocumentRow d : result.documents()) {
        rows.addAll(kwic.rows(KwicAnnotator.key(d.origin(), d.docId())));
      }
      StringWriter out = new StringWriter();
      CsvReportWriter.print(KwicColumn.class, rows, out);
      String origin = input.toString().replace('\\', '/');
      assertEquals("doc_id,date,from,to,pre,keyword,post,pattern,origin\n"
          + "a,2024-01-02,1,1,,missile,test,missile*," + origin + "#1\n"
          + "a,2024-01-02,5,5,another,missile,,missile*," + origin + "#1\n"
          + "c,,1,1,,Missiles,flew,missile*," + origin + "#3\n", out.toString(), "threads " + threads);
      kwic = new KwicAnnotator(spaceTokenizer(), new Concordance(List.of(KwicPattern.of("missile*")), 1));
    }
  }
}
