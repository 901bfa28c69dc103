package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.aggregate.DocumentRow;
import org.dateline.aggregate.EntityRow;
import org.dateline.aggregate.SentimentRow;
import org.dateline.aggregate.TermRow;
import org.dateline.annotate.Layers;
import org.dateline.annotate.corenlp.SharedAnnotators;
import org.dateline.clean.LinguaLanguageIdentifier;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.EntityType;
import org.dateline.model.SentimentEngineId;
import org.dateline.report.RunReports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline with the real CoreNLP models on the sample page in {@code input/}. */
@Tag("slow")
class PipelineEndToEndTest {

  static final Path PAGE = Path.of("input", "naenara-page.txt");
  static final LocalDate JAN_26 = LocalDate.of(2026, 1, 26);

  static RunResult result;

  @TempDir Path dir;

  @BeforeAll
  static void runOnce() throws Exception {
    result = pipeline(2).run(List.of(PAGE));
  }

  static Pipeline pipeline(int threads) {
    return new Pipeline(PipelineConfig.defaults().withThreads(threads), SharedAnnotators.get(Layers.SENTIMENT),
        new LinguaLanguageIdentifier(), ProgressListener.NONE);
  }

  @Test
  void theSamplePageYieldsOneArticleAndTwentyTeasers() {
    List<DocumentRow> docs = result.documents();
    assertEquals(21, docs.size());
    DocumentRow article = docs.get(0);
    assertEquals(ArticleKind.ARTICLE, article.kind());
    assertEquals(JAN_26, article.date());
    assertEquals(DateSource.INFERRED, article.dateSource());
    assertEquals("Naenara (En)", article.source());
    assertEquals("Un Jong Chol", article.author());
    assertEquals("en", article.language());
    assertEquals("input/naenara-page.txt:1", article.origin());
    assertEquals(761, article.tokens());
    assertEquals(23, article.sentences());
    assertEquals(20, docs.stream().filter(d -> d.kind() == ArticleKind.TEASER).count());
    assertTrue(docs.stream().allMatch(d -> d.date() != null));
    assertEquals(List.of(), result.problems());
  }

  @Test
  void independenceIsCountedEightTimesInOneDocumentOnTheArticleDate() {
    TermRow row = result.tables().terms().rows().stream()
        .filter(r -> r.period().equals(JAN_26) && r.term().equals("independence"))
        .findFirst().orElseThrow();
    assertEquals(8, row.count());
    assertEquals(1, row.docFreq());
    // No stopwords, punctuation or numbers are counted as terms.
    assertTrue(result.tables().terms().rows().stream().noneMatch(r -> Set.of("the", ",", ".", "of", "1950").contains(r.term())));
  }

  @Test
  void kimJongUnIsAPersonOnEveryTeaserDate() {
    Set<LocalDate> dates = new TreeSet<>();
    for (EntityRow r : result.tables().entities().rows()) {
      if (r.entity().equals("Kim Jong Un") && r.type() == EntityType.PERSON) {
        dates.add(r.period());
      }
    }
    assertEquals(Set.of(LocalDate.of(2026, 1, 23), LocalDate.of(2026, 1, 24), LocalDate.of(2026, 1, 25), JAN_26), dates);
  }

  @Test
  void sentimentRowsCountDocumentsPerDay() {
    List<SentimentRow> all = result.tables().sentiment().rows();
    for (SentimentEngineId engine : SentimentEngineId.values()) {
      List<SentimentRow> rows = all.stream().filter(r -> r.engine() == engine).toList();
      assertEquals(List.of(LocalDate.of(2026, 1, 23), LocalDate.of(2026, 1, 24), LocalDate.of(2026, 1, 25), JAN_26),
          rows.stream().map(SentimentRow::period).toList());
      assertEquals(List.of(2L, 7L, 6L, 6L), rows.stream().map(SentimentRow::documents).toList());
      double bound = engine == SentimentEngineId.CORENLP ? 2 : 1;
      for (SentimentRow r : rows) {
        assertEquals(r.sentences(), r.negative() + r.neutral() + r.positive());
        double mean = r.mean().doubleValue();
        assertTrue(mean >= -bound && mean <= bound, r::toString);
        assertTrue(r.ciLow().doubleValue() <= mean && mean <= r.ciHigh().doubleValue(), r::toString);
      }
    }
    SentimentRow coreNlp = all.get(0);
    SentimentRow.ClassCounts c = coreNlp.coreNlpClasses();
    assertEquals(coreNlp.sentences(), c.veryNegative() + c.negative() + c.neutral() + c.positive() + c.veryPositive());
  }

  @Test
  void tablesAreByteIdenticalWhateverTheThreadCount() throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    Pipeline single = pipeline(1);
    RunReports.write(single.run(List.of(PAGE)), single.settings(), one);
    Pipeline parallel = pipeline(2);
    RunReports.write(parallel.run(List.of(PAGE)), parallel.settings(), two);
    for (String name : List.of("documents.csv", "terms_by_date.csv", "entities_by_date.csv", "sentiment_by_date.csv",
        "entity_sentiment_by_date.csv", "errors.csv")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(two.resolve(name)), name);
    }
    String manifest = Files.readString(two.resolve("manifest.json"));
    assertTrue(manifest.contains("\"documents\": 21"), manifest);
    assertTrue(manifest.contains("\"path\": \"input/naenara-page.txt\""), manifest);
  }
}
