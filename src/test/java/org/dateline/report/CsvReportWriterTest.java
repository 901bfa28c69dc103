package org.dateline.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.aggregate.DocumentRow;
import org.dateline.aggregate.EntityRow;
import org.dateline.aggregate.EntitySentimentRow;
import org.dateline.aggregate.Ratio;
import org.dateline.aggregate.SentimentRow;
import org.dateline.aggregate.TermRow;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.EntityType;
import org.dateline.model.SentimentEngineId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportWriterTest {
  private static final LocalDate D = LocalDate.of(2026, 1, 26);

  @TempDir Path dir;

  private static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  /** Prints the rows with the column set and compares the whole text, header included. */
  static <R, C extends Enum<C> & ReportColumn<R>> void assertCsv(
      String expected, Class<C> columns, List<? extends R> rows) throws IOException {
    StringWriter out = new StringWriter();
    CsvReportWriter.print(columns, rows, out);
    assertEquals(expected, out.toString());
  }

  @Test
  void documentsQuoteCommasQuotesAndLineBreaksAndLeaveEmptyFieldsBare() throws IOException {
    List<DocumentRow> rows = List.of(
        new DocumentRow("kcna-1", LocalDate.of(2024, 3, 14), DateSource.TEXT, "KCNA", ArticleKind.ARTICLE,
            "Talks, \"open\" now", "", "en", 120, 6, 9, new Ratio(3, 12),
            Map.of(SentimentEngineId.CORENLP, new Ratio(5, 16), SentimentEngineId.VADER, new Ratio(-412, 10000),
                SentimentEngineId.NEWS, new Ratio(-3, 8)),
            "kcna.json#3"),
        new DocumentRow("p-2", null, DateSource.NONE, "", ArticleKind.TEASER, "Two\nlines", "", "", 3, 1, 0, null,
            "page.txt:12"));
    assertCsv(
        "doc_id,date,date_source,source,kind,title,author,language,tokens,sentences,entity_mentions,"
            + "sentiment_mean,corenlp_mean,vader_mean,news_mean,origin\n"
            + "kcna-1,2024-03-14,text,KCNA,article,\"Talks, \"\"open\"\" now\",,en,120,6,9,0.25,0.3125,-0.0412,-0.375,"
            + "kcna.json#3\n"
            + "p-2,,none,,teaser,\"Two\nlines\",,,3,1,0,,,,,page.txt:12\n",
        DocumentColumn.class, rows);
  }

  @Test
  void termsEntitiesAndSentiment() throws IOException {
    assertCsv("period,term,count,doc_freq,per_10k\n"
            + "2026-01-26,korea,3,2,4285.7143\n"
            + "2026-01-26,army,1,1,12.5\n",
        TermColumn.class,
        List.of(new TermRow(D, "korea", 3, 2, new Ratio(30_000, 7)), new TermRow(D, "army", 1, 1, new Ratio(10_000, 800))));
    assertCsv("period,entity,type,count,doc_freq\n"
            + "2026-01-26,Kim Jong Un,PERSON,3,2\n"
            + "2026-01-26,\"Pyongyang, DPRK\",LOCATION,1,1\n",
        EntityColumn.class,
        List.of(new EntityRow(D, "Kim Jong Un", EntityType.PERSON, 3, 2),
            new EntityRow(D, "Pyongyang, DPRK", EntityType.LOCATION, 1, 1)));
    assertCsv("period,engine,documents,sentences,mean,sd,ci_low,ci_high,negative,neutral,positive,corenlp_very_negative,corenlp_negative,corenlp_neutral,corenlp_positive,corenlp_very_positive\n"
            + "2026-01-26,corenlp,2,4,-0.25,1.5,-1.72,1.22,1,2,1,1,0,2,1,0\n"
            + "2026-01-26,vader,2,5,-0.0312,0.4,-0.3818,0.3194,2,1,2,,,,,\n"
            + "2026-02-02,corenlp,1,0,,,,,0,0,0,0,0,0,0,0\n",
        SentimentColumn.class,
        List.of(new SentimentRow(D, SentimentEngineId.CORENLP, 2, 4, dec("-0.25"), dec("1.49999999"), dec("-1.72"),
                dec("1.22000001"), 1, 2, 1,
                new SentimentRow.ClassCounts(1, 0, 2, 1, 0)),
            new SentimentRow(D, SentimentEngineId.VADER, 2, 5, dec("-0.03125"), dec("0.4"), dec("-0.38175"),
                dec("0.31935"), 2, 1, 2, null),
            new SentimentRow(D.plusWeeks(1), SentimentEngineId.CORENLP, 1, 0, null, null, null, null, 0, 0, 0,
                new SentimentRow.ClassCounts(0, 0, 0, 0, 0))));
  }

  @Test
  void noRowsGiveTheHeaderOnly() throws IOException {
    assertCsv("period,term,count,doc_freq,per_10k\n", TermColumn.class, List.of());
  }

  @Test
  void writesEachFileAtomicallyAsUtf8WithoutBom() throws IOException {
    Path out = dir.resolve("out/run1");
    CsvReportWriter writer = new CsvReportWriter(out);
    Path terms = writer.writeTerms(List.of(new TermRow(D, "état", 1, 1, new Ratio(10_000, 1))));
    assertEquals(out.resolve("terms_by_date.csv"), terms);
    assertArrayEquals("period,term,count,doc_freq,per_10k\n2026-01-26,état,1,1,10000\n"
        .getBytes(StandardCharsets.UTF_8), Files.readAllBytes(terms));
    assertEquals(out.resolve("documents.csv"), writer.writeDocuments(List.of()));
    assertEquals(out.resolve("entities_by_date.csv"), writer.writeEntities(List.of()));
    assertEquals(out.resolve("sentiment_by_date.csv"), writer.writeSentiment(List.of()));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of("documents.csv", "entities_by_date.csv", "sentiment_by_date.csv", "terms_by_date.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void entitySentimentHasOneRowPerEngineWithEmptyIntervalsBelowTwoMentions() throws IOException {
    assertCsv("period,entity,type,engine,mentions,sentences,mean,ci_low,ci_high,negative,neutral,positive\n"
            + "2026-01-26,United States,LOCATION,corenlp,3,3,-0.6667,-1.8445,0.5111,2,0,1\n"
            + "2026-01-26,\"Kim, Jong Un\",PERSON,vader,1,1,0.3,,,0,0,1\n",
        EntitySentimentColumn.class, List.of(
            new EntitySentimentRow(D, "United States", EntityType.LOCATION, SentimentEngineId.CORENLP, 3, 3,
                new BigDecimal("-0.66666667"), new BigDecimal("-1.84448"), new BigDecimal("0.511146"), 2, 0, 1),
            new EntitySentimentRow(D, "Kim, Jong Un", EntityType.PERSON, SentimentEngineId.VADER, 1, 1,
                new BigDecimal("0.3"), null, null, 0, 0, 1)));
  }

  @Test
  void textCellsThatASpreadsheetWouldEvaluateGetAnApostropheAndNumbersNever() throws IOException {
    List<DocumentRow> docs = List.of(
        new DocumentRow("=1+1", LocalDate.of(2024, 3, 14), DateSource.TEXT, "@KCNA", ArticleKind.ARTICLE,
            "-2 degrees", "+author", "en", 12, 1, 0, new Ratio(-1, 2), Map.of(SentimentEngineId.CORENLP, new Ratio(-3, 4)),
            "=HYPERLINK(\"x\").json#1"),
        new DocumentRow("d2", null, DateSource.NONE, "\tTab", ArticleKind.ARTICLE, "\rCR", "plain", "en", 3, 1, 0,
            null, "ok.txt:1"));
    assertCsv(
        "doc_id,date,date_source,source,kind,title,author,language,tokens,sentences,entity_mentions,"
            + "sentiment_mean,corenlp_mean,vader_mean,news_mean,origin\n"
            + "'=1+1,2024-03-14,text,'@KCNA,article,'-2 degrees,'+author,en,12,1,0,-0.5,-0.75,,,"
            + "\"'=HYPERLINK(\"\"x\"\").json#1\"\n"
            + "d2,,none,'\tTab,article,\"'\rCR\",plain,en,3,1,0,,,,,ok.txt:1\n",
        DocumentColumn.class, docs);
    assertCsv("period,term,count,doc_freq,per_10k\n2026-01-26,'-year,3,2,-1.5\n",
        TermColumn.class, List.of(new TermRow(D, "-year", 3, 2, new Ratio(-3, 2))));
    assertCsv("period,entity,type,count,doc_freq\n2026-01-26,'@Kim,PERSON,1,1\n",
        EntityColumn.class, List.of(new EntityRow(D, "@Kim", EntityType.PERSON, 1, 1)));
    assertCsv("period,engine,documents,sentences,mean,sd,ci_low,ci_high,negative,neutral,positive,corenlp_very_negative,corenlp_negative,corenlp_neutral,corenlp_positive,corenlp_very_positive\n"
            + "2026-01-26,vader,1,2,-0.5,0.1,-0.6386,-0.3614,2,0,0,,,,,\n",
        SentimentColumn.class,
        List.of(new SentimentRow(D, SentimentEngineId.VADER, 1, 2, dec("-0.5"), dec("0.1"), dec("-0.6386"),
            dec("-0.3614"), 2, 0, 0, null)));
    assertCsv("file,record,unit,kind,message,effect\n'=cmd.json,3,record,malformed_record,'+bad,skipped\n",
        ProblemColumn.class, List.of(new org.dateline.model.Problem(
            org.dateline.model.Origin.record("=cmd.json", 3), org.dateline.model.ProblemKind.MALFORMED_RECORD, "+bad")));
  }

  @Test
  void neutraliseLeavesOtherTextAlone() {
    assertEquals("", CsvReportWriter.neutralise(""));
    assertEquals("Kim Jong Un", CsvReportWriter.neutralise("Kim Jong Un"));
    assertEquals("a=b", CsvReportWriter.neutralise("a=b"));
    assertEquals("'-", CsvReportWriter.neutralise("-"));
    assertEquals("''=x", CsvReportWriter.neutralise("'=x"));
  }
}
