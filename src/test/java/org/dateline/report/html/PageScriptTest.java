package org.dateline.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dateline.report.BurstColumn;
import org.dateline.report.CollocationColumn;
import org.dateline.report.CooccurrenceColumn;
import org.dateline.report.DocumentColumn;
import org.dateline.report.EntityColumn;
import org.dateline.report.EntitySentimentColumn;
import org.dateline.report.KeynessColumn;
import org.dateline.report.ProblemColumn;
import org.dateline.report.ReportColumn;
import org.dateline.report.SentimentColumn;
import org.dateline.report.TermColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's script on folders at the edges: one date, no dated document, many periods. It runs
 * in Node with a stand-in for the DOM and uPlot ({@code page-harness.js}), which reports the
 * text the page shows and each chart's options; skipped where Node is not installed. The
 * browser test checks the drawing itself.
 */
class PageScriptTest {

  static final Path NODE = Path.of("/usr/bin/node");

  @TempDir Path dir;

  private static <C extends Enum<C> & ReportColumn<?>> String header(Class<C> columns) {
    return Arrays.stream(columns.getEnumConstants()).map(ReportColumn::header).collect(Collectors.joining(","));
  }

  private static void write(Path folder, String file, String... lines) throws Exception {
    Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private Path manifest(String name, String layers) throws Exception {
    Path f = Files.createDirectories(dir.resolve(name));
    Files.writeString(f.resolve("manifest.json"), "{\"program\": \"dateline\", \"started\": \"2026-02-01T10:00:00Z\","
        + " \"finished\": \"2026-02-01T10:05:00Z\", \"settings\": {\"layers\": \"" + layers + "\", \"period\": \"day\","
        + " \"research_tables\": \"on\", \"min_count\": \"5\", \"reference\": \"rest\"}, \"inputs\": []}\n");
    return f;
  }

  private static void researchTables(Path f, String... bursts) throws Exception {
    write(f, "keyness_by_date.csv", header(KeynessColumn.class));
    List<String> b = new ArrayList<>(List.of(header(BurstColumn.class)));
    b.addAll(List.of(bursts));
    write(f, "bursts.csv", b.toArray(String[]::new));
    write(f, "cooccurrence_by_date.csv", header(CooccurrenceColumn.class));
    write(f, "collocations.csv", header(CollocationColumn.class));
  }

  /** What the page shows for {@code folder}, as the harness reports it. */
  private static JsonNode page(Path folder) throws Exception {
    assumeTrue(Files.isExecutable(NODE), "no /usr/bin/node: apt-get install nodejs");
    ReportFolder.check(folder);
    Path html = HtmlReport.write(folder);
    Path harness = Path.of(PageScriptTest.class.getResource("page-harness.js").toURI());
    Process p = new ProcessBuilder(NODE.toString(), harness.toString(), html.toString()).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String text = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), text);
    JsonNode result = new ObjectMapper().readTree(text);
    assertEquals("[]", result.get("errors").toString(), "the script ran without errors");
    return result;
  }

  private static JsonNode chart(JsonNode page, String id) {
    for (JsonNode c : page.get("charts")) {
      if (c.get("id").asText().equals("chart-" + id)) {
        return c;
      }
    }
    return null;
  }

  private static String text(JsonNode page, String id) {
    return page.get("texts").get(id).asText();
  }

  @Test
  void theDictionaryCardsChartEachDictionaryAndListTheChosenPeriodsEntities() throws Exception {
    Path f = manifest("dictionary", "entities");
    write(f, "documents.csv", header(DocumentColumn.class),
        "a#1,2024-04-15,field,KCNA,article,One,,en,6,2,1,0,0.1,0,0,in/a.json#1",
        "a#2,2024-04-17,field,KCNA,article,Two,,en,5,2,0,0,0,0.2,0.1,in/a.json#2");
    write(f, "terms_by_date.csv", header(TermColumn.class), "2024-04-15,harvest,6,1,545.4545");
    write(f, "entities_by_date.csv", header(EntityColumn.class), "2024-04-15,Pyongyang,LOCATION,2,1");
    write(f, "sentiment_by_date.csv", header(SentimentColumn.class));
    write(f, "entity_sentiment_by_date.csv", header(EntitySentimentColumn.class));
    write(f, "errors.csv", header(ProblemColumn.class));
    researchTables(f);
    write(f, "dictionary_by_date.csv", header(org.dateline.report.DictionaryDateColumn.class),
        "2024-04-15,tone,threat,2,1,6,3333.3333", "2024-04-15,tone,peace,0,0,6,0",
        "2024-04-16,tone,threat,0,0,0,", "2024-04-16,tone,peace,0,0,0,",
        "2024-04-17,tone,threat,0,0,5,0", "2024-04-17,tone,peace,1,1,5,2000");
    write(f, "dictionary_by_document.csv", header(org.dateline.report.DictionaryDocumentColumn.class),
        "a#1,2024-04-15,tone,threat,2,6", "a#2,2024-04-17,tone,peace,1,5");
    write(f, "dictionary_by_entity_date.csv", header(org.dateline.report.DictionaryEntityColumn.class),
        "2024-04-17,Pyongyang,LOCATION,tone,threat,2,0", "2024-04-17,Pyongyang,LOCATION,tone,peace,2,1");
    JsonNode page = page(f);

    JsonNode chart = chart(page, "dictionary-0");
    assertNotNull(chart, page.toString());
    assertEquals("Dictionary tone: categories per day", chart.get("title").asText());
    assertEquals("[\"threat\",\"peace\"]", chart.get("series").toString());
    // The period section starts on the last period; only rows with a match are listed.
    String entities = text(page, "card-dictionary-entities");
    assertTrue(entities.startsWith("Dictionary matches in sentences about entities, 2024-04-17"), entities);
    assertTrue(entities.endsWith("Pyongyang LOCATION tone peace 2 1"), entities);
  }

  @Test
  void withoutDictionaryTablesThePageHasNoDictionaryCard() throws Exception {
    Path f = manifest("plain", "terms");
    write(f, "documents.csv", header(DocumentColumn.class),
        "a#1,2024-04-15,field,KCNA,article,One,,en,6,2,1,0,0.1,0,0,in/a.json#1");
    write(f, "terms_by_date.csv", header(TermColumn.class), "2024-04-15,harvest,6,1,545.4545");
    write(f, "entities_by_date.csv", header(EntityColumn.class));
    write(f, "sentiment_by_date.csv", header(SentimentColumn.class));
    write(f, "entity_sentiment_by_date.csv", header(EntitySentimentColumn.class));
    write(f, "errors.csv", header(ProblemColumn.class));
    researchTables(f);
    JsonNode page = page(f);
    assertFalse(page.get("texts").has("card-dictionaries"));
    assertFalse(page.get("texts").has("card-dictionary-entities"));
  }

  @Test
  void aSingleDateRunDrawsItsIntervalsAxesFromZeroAndSaysWhyKeynessIsEmpty() throws Exception {
    Path f = manifest("single", "sentiment");
    write(f, "documents.csv", header(DocumentColumn.class),
        "a#1,2024-04-15,field,KCNA,article,One,,en,6,2,1,0,0.1,0,0,in/a.json#1",
        "a#2,2024-04-15,field,KCNA,article,Two,,en,5,2,0,0,0,0.2,0.1,in/a.json#2");
    write(f, "terms_by_date.csv", header(TermColumn.class),
        "2024-04-15,harvest,6,2,545.4545", "2024-04-15,farmers,6,2,545.4545", "2024-04-15,grain,5,1,500");
    write(f, "entities_by_date.csv", header(EntityColumn.class), "2024-04-15,Pyongyang,LOCATION,2,2");
    write(f, "sentiment_by_date.csv", header(SentimentColumn.class),
        "2024-04-15,corenlp,2,4,0.1,0.3,-0.194,0.394,0,4,0,0,0,4,0,0",
        "2024-04-15,vader,2,4,0.6,0.5,0.11,1,0,1,3,,,,,");
    write(f, "entity_sentiment_by_date.csv", header(EntitySentimentColumn.class));
    write(f, "errors.csv", header(ProblemColumn.class));
    researchTables(f);
    JsonNode page = page(f);

    assertTrue(text(page, "run-summary").startsWith("2 documents in one day, 2024-04-15."), text(page, "run-summary"));
    JsonNode sentiment = chart(page, "sentiment");
    assertNotNull(sentiment);
    assertEquals(2, sentiment.get("bands").asInt());
    // One period: no band can be filled, so each engine's interval is a bar through its mean.
    assertEquals(2, sentiment.get("whiskerStrokes").asInt());
    assertTrue(text(page, "card-sentiment").contains("One day: each interval is drawn as a bar through its mean."));
    // Half a day either side of the one date, so the chart has a width and the label room.
    assertEquals(List.of(1713139200L - 43200, 1713139200L + 43200), longs(sentiment.get("xRange")));
    assertTrue(sentiment.get("padding").get(1).asInt() > 0, "room on the right for the last label");

    JsonNode terms = chart(page, "terms");
    assertEquals(0, terms.get("yRange").get(0).asDouble(), "the term axis starts at 0, not at 500");
    assertTrue(terms.get("yRange").get(1).asDouble() > 545.4545);

    JsonNode documents = chart(page, "documents");
    // two documents at most: from 0, with a whole document of room above the top point
    assertEquals(List.of(0L, 3L), longs(documents.get("yRange")));
    for (JsonNode incr : documents.get("yIncrs")) {
      assertEquals(Math.rint(incr.asDouble()), incr.asDouble(), "counts get whole-number ticks");
    }
    assertEquals("[\"0\",\"1\",\"2\",\"3\"]", documents.get("yTicks").toString());

    assertEquals("Keyness Keyness compares a day with the rest of the run; this run has one day, 2024-04-15, so there"
        + " is nothing to compare it with and keyness_by_date.csv has no rows. Run with a shorter --period to compare.",
        text(page, "card-keyness"));
    assertTrue(text(page, "card-bursts").contains("with one day there is none"), text(page, "card-bursts"));
    assertTrue(text(page, "card-entity-sentiment").contains("entity_sentiment_by_date.csv has no rows: no entity has"
        + " the minimum of 5 scored mentions in one day (--min-count)."), text(page, "card-entity-sentiment"));
  }

  @Test
  void aRunWithoutDatedDocumentsSaysSoAndWhyEachTableIsEmpty() throws Exception {
    Path f = manifest("undated", "terms");
    write(f, "documents.csv", header(DocumentColumn.class),
        "a#1,,,KCNA,article,One,,en,6,2,0,,,,,in/a.json#1",
        "a#2,,,KCNA,article,Two,,en,5,2,0,,,,,in/a.json#2",
        "a#3,,,KCNA,article,Three,,en,5,2,0,,,,,in/a.json#3");
    for (var t : List.of(List.of("terms_by_date.csv", header(TermColumn.class)),
        List.of("entities_by_date.csv", header(EntityColumn.class)),
        List.of("sentiment_by_date.csv", header(SentimentColumn.class)),
        List.of("entity_sentiment_by_date.csv", header(EntitySentimentColumn.class)),
        List.of("errors.csv", header(ProblemColumn.class)))) {
      write(f, t.get(0), t.get(1));
    }
    researchTables(f);
    JsonNode page = page(f);
    String summary = text(page, "run-summary");
    assertTrue(summary.startsWith("3 documents, none with a date, so the tables by date are empty; name the date field"
        + " with --date-field, or give the inputs' date with --date."), summary);
    assertFalse(summary.contains("days no dated"), summary);
    String why = " has no rows: tables by date count dated documents only, and no document is dated.";
    assertEquals("Top terms per day terms_by_date.csv" + why, text(page, "card-terms"));
    assertEquals("Top entities per day entities_by_date.csv" + why, text(page, "card-entities"));
    assertEquals("Documents per day No dated documents in documents.csv.", text(page, "card-documents"));
    assertTrue(text(page, "card-sentiment").endsWith("sentiment_by_date.csv" + why), text(page, "card-sentiment"));
    assertTrue(page.get("charts").isEmpty(), "no chart without a date");
  }

  @Test
  void aTermsOnlyRunSaysWhichLayerItLeftOut() throws Exception {
    Path f = manifest("terms", "terms");
    write(f, "documents.csv", header(DocumentColumn.class),
        "a#1,2024-04-15,field,KCNA,article,One,,en,6,2,0,,,,,in/a.json#1",
        "a#2,2024-04-16,field,KCNA,article,Two,,en,5,2,0,,,,,in/a.json#2");
    write(f, "terms_by_date.csv", header(TermColumn.class), "2024-04-15,harvest,6,1,10000", "2024-04-16,harvest,5,1,10000");
    write(f, "entities_by_date.csv", header(EntityColumn.class));
    write(f, "sentiment_by_date.csv", header(SentimentColumn.class));
    write(f, "entity_sentiment_by_date.csv", header(EntitySentimentColumn.class));
    write(f, "errors.csv", header(ProblemColumn.class));
    researchTables(f, "term,harvest,,2024-04-15,2024-04-16,2,3.5");
    JsonNode page = page(f);
    assertTrue(text(page, "run-summary").startsWith("2 documents in 2 days between 2024-04-15 and 2024-04-16."),
        text(page, "run-summary"));
    assertEquals("Top entities per day entities_by_date.csv has no rows: the run's layers (terms) do not include"
        + " entities.", text(page, "card-entities"));
    assertTrue(text(page, "card-sentiment").endsWith("the run's layers (terms) do not include sentiment."));
    assertTrue(text(page, "card-keyness").contains("keyness_by_date.csv has no rows: no term or entity reaches the"
        + " minimum count of 5"), text(page, "card-keyness"));
    JsonNode bursts = chart(page, "bursts");
    assertEquals(List.of(0L, 2L), longs(bursts.get("yRange")));
    assertEquals("[\"0\",\"1\",\"2\",\"3\"]", bursts.get("yTicks").toString());
  }

  @Test
  void theFixturesPageRunsAndPadsItsLastMonth() throws Exception {
    Path out = ReportFixture.run(dir);
    JsonNode page = page(out);
    assertEquals(6, page.get("charts").size(), page.get("charts").toString());
    JsonNode terms = chart(page, "terms");
    List<Long> x = longs(terms.get("x"));
    List<Long> range = longs(terms.get("xRange"));
    assertTrue(range.get(0) < x.get(0) && range.get(1) > x.get(x.size() - 1), "half a period beyond both ends");
    assertTrue(text(page, "run-summary").startsWith("80 documents in 4 months between 2024-01-01 and 2024-04-01."),
        text(page, "run-summary"));
  }

  private static List<Long> longs(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(n -> out.add(Math.round(n.asDouble())));
    return out;
  }
}
