package org.dateline.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.analysis.Reference;
import org.dateline.cli.Main;
import org.dateline.report.ResearchOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @TempDir static Path dir;
  static Path out;
  static Document page;
  static JsonNode data;

  @BeforeAll
  static void run() throws Exception {
    out = ReportFixture.run(dir);
    page = Jsoup.parse(out.resolve(HtmlReport.FILE_NAME).toFile(), "UTF-8");
    data = new ObjectMapper().readTree(page.getElementById("dateline-data").data());
  }

  @Test
  void noElementLoadsAnythingFromOutside() {
    List<String> outside = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String v = a.getValue().trim().toLowerCase();
        if ((a.getKey().equals("src") || a.getKey().equals("href") || a.getKey().equals("srcset")
            || a.getKey().equals("action")) && (v.startsWith("http:") || v.startsWith("https:") || v.startsWith("//"))) {
          outside.add(e.tagName() + " " + a);
        }
      }
    }
    assertEquals(List.of(), outside);
    String html = page.outerHtml();
    assertFalse(html.contains("http:") || html.contains("https:"), "the page names no web address");
    assertTrue(html.contains("Copyright (c) 2022 Leon Sorokin"), "uPlot's licence travels with it");
    assertTrue(page.select("script[src], link, iframe, img, object, embed").isEmpty(), "no element names a resource");
    String css = String.join("\n", page.select("style").eachText()) + page.select("style").html();
    assertFalse(css.contains("@import"), "no style sheet is imported");
    assertFalse(css.matches("(?s).*url\\(\\s*['\"]?(https?:|//).*"), "no style loads a URL");
  }

  @Test
  void embeddedTablesEqualTheCsvFiles() throws Exception {
    List<String> files = List.of("terms_by_date.csv", "entities_by_date.csv", "sentiment_by_date.csv",
        "keyness_by_date.csv", "bursts.csv", "cooccurrence_by_date.csv", "collocations.csv");
    for (String file : files) {
      CsvTable csv = CsvTable.read(out, file).orElseThrow();
      JsonNode t = data.get("tables").get(file);
      assertEquals(csv.columns(), strings(t.get("columns")), file);
      List<List<String>> rows = new ArrayList<>();
      t.get("rows").forEach(r -> rows.add(strings(r)));
      assertEquals(csv.rows(), rows, file);
      assertEquals(csv.rows().size(), t.get("rows_in_file").asInt(), file);
    }
    assertFalse(data.get("tables").get("terms_by_date.csv").get("rows").isEmpty());
    assertFalse(data.get("tables").get("sentiment_by_date.csv").get("rows").isEmpty());
    assertTrue(data.get("tables").get("bursts.csv").get("rows").size() > 0, "April's story bursts");
  }

  @Test
  void documentsPerPeriodAndManifestComeFromTheFolder() {
    assertEquals("month", data.get("period").asText());
    assertEquals(80, data.get("documents").asInt());
    List<String> months = new ArrayList<>();
    data.get("documents_by_period").forEach(r -> {
      months.add(r.get(0).asText());
      assertEquals(20, r.get(1).asInt(), r.toString());
    });
    assertEquals(List.of("2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"), months);
    assertEquals("month", data.get("manifest").get("settings").get("period").asText());
    assertEquals(1, data.get("manifest").get("inputs").size());
  }

  @Test
  void theManifestSaysTheRunRanOnOneMachineAfterItsThreads() {
    List<String> names = new ArrayList<>();
    data.get("manifest").get("settings").fieldNames().forEachRemaining(names::add);
    assertEquals("local", data.get("manifest").get("settings").get("execution").asText());
    assertEquals(names.indexOf("threads") + 1, names.indexOf("execution"), names.toString());
  }

  @Test
  void inputsAreSummarisedByFolderWithPathsBelowTheirCommonFolder() {
    assertEquals(1, data.get("input_files").asInt());
    assertTrue(data.get("input_files_all_listed").asBoolean());
    JsonNode folder = data.get("inputs_by_folder").get(0);
    assertEquals(".", folder.get(0).asText());
    assertEquals(1, folder.get(1).asInt());
    assertEquals(80, folder.get(3).asInt());
    String file = data.get("input_files_listed").get(0).get(0).asText();
    assertFalse(file.contains("/"), file);
    assertTrue(data.get("manifest").get("inputs").get(0).get("path").asText().endsWith("/" + file));
  }

  @Test
  void nearDuplicatesPerPeriodCountTheRowsOfNearDuplicatesCsv() throws Exception {
    CsvTable near = CsvTable.read(out, "near_duplicates.csv").orElseThrow();
    java.util.Map<String, List<Integer>> expected = new java.util.TreeMap<>();
    for (List<String> r : near.rows()) {
      List<Integer> c = expected.computeIfAbsent(r.get(near.column("date")).substring(0, 7) + "-01",
          k -> new ArrayList<>(List.of(0, 0)));
      c.set(0, c.get(0) + 1);
      c.set(1, c.get(1) + ("1".equals(r.get(near.column("kept"))) ? 0 : 1));
    }
    java.util.Map<String, List<Integer>> shown = new java.util.TreeMap<>();
    data.get("near_duplicates_by_period").forEach(r -> shown.put(r.get(0).asText(),
        List.of(r.get(1).asInt(), r.get(2).asInt())));
    assertEquals(expected, shown);
    assertEquals(List.of(0, 0), List.of(data.get("near_duplicates_undated").get(0).asInt(),
        data.get("near_duplicates_undated").get(1).asInt()));
    assertTrue(page.getElementById("card-near-duplicates") != null);
  }

  @Test
  void theReportCommandRebuildsTheSameBytes() throws Exception {
    byte[] written = Files.readAllBytes(out.resolve(HtmlReport.FILE_NAME));
    Files.delete(out.resolve(HtmlReport.FILE_NAME));
    StringWriter sout = new StringWriter();
    StringWriter serr = new StringWriter();
    int code = Main.execute(new String[] {"report", out.toString()}, new PrintWriter(sout, true), new PrintWriter(serr, true));
    assertEquals(0, code, serr.toString());
    assertTrue(sout.toString().startsWith("wrote "), sout.toString());
    assertArrayEquals(written, Files.readAllBytes(out.resolve(HtmlReport.FILE_NAME)));
  }

  @Test
  void tablesWrittenOnThreeThreadsAreTheBytesOfOneAndThePageStillMatchesThem() throws Exception {
    Path three = ReportFixture.run(Files.createDirectories(dir.resolve("three")), true,
        new ResearchOptions(3, Reference.REST, List.of(2)), 3);
    List<String> tables = new ArrayList<>();
    try (var files = Files.list(three)) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().forEach(tables::add);
    }
    assertEquals(List.of("bursts.csv", "collocations.csv", "cooccurrence_by_date.csv", "documents.csv",
        "entities_by_date.csv", "entity_sentiment_by_date.csv", "errors.csv", "keyness_by_date.csv", "near_duplicates.csv",
        "sentiment_by_date.csv", "terms_by_date.csv"), tables);
    // The documents name their input file, which lies one folder deeper here.
    String input = dir.resolve("three").resolve("stories.json").toString();
    for (String name : tables) {
      assertEquals(Files.readString(out.resolve(name)),
          Files.readString(three.resolve(name)).replace(input, dir.resolve("stories.json").toString()), name);
    }
    assertTrue(Files.readString(three.resolve("manifest.json")).contains("\"threads\": \"3\""));
    // The page a run builds from the cells it kept is the page rebuilt from the files.
    assertEquals(HtmlReport.page(three), Files.readString(three.resolve(HtmlReport.FILE_NAME)));
  }

  @Test
  void withoutThePageTheTablesAreStillWritten() throws Exception {
    Path other = ReportFixture.run(Files.createDirectories(dir.resolve("nopage")), false);
    assertFalse(Files.exists(other.resolve(HtmlReport.FILE_NAME)));
    assertTrue(Files.exists(other.resolve("manifest.json")));
    assertEquals(Files.readString(out.resolve("terms_by_date.csv")), Files.readString(other.resolve("terms_by_date.csv")));
  }

  @Test
  void aFolderWithoutManifestIsRefusedByName() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    StringWriter serr = new StringWriter();
    int code = Main.execute(new String[] {"report", empty.toString()}, new PrintWriter(new StringWriter(), true),
        new PrintWriter(serr, true));
    assertEquals(1, code);
    assertTrue(serr.toString().contains("no manifest.json in " + empty), serr.toString());
  }

  @Test
  void topTermsKeepTheMostFrequentInFileOrder() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      rows.add(List.of("2024-01-01", "t" + i, Integer.toString(i % 300 + 1)));
    }
    CsvTable t = new CsvTable("terms_by_date.csv", List.of("period", "term", "count"), rows);
    EmbeddedTables.Embedded e = EmbeddedTables.topKeys(t, "term", "count", 500, "terms");
    assertEquals(500, e.table().rows().size());
    assertEquals(600, e.rowsInFile());
    // counts 1..300 appear twice each; the 100 dropped terms are those with counts 1..50
    assertTrue(e.table().rows().stream().allMatch(r -> Integer.parseInt(r.get(2)) > 50));
    assertEquals("t50", e.table().rows().get(0).get(1));
    assertTrue(e.kept().contains("500 terms") && e.kept().contains("of 600"), e.kept());
  }

  @Test
  void textThatCouldCloseTheScriptIsEscaped() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("odd"));
    Files.copy(out.resolve("manifest.json"), folder.resolve("manifest.json"));
    Files.writeString(folder.resolve("terms_by_date.csv"),
        "period,term,count,doc_freq,per_10k\r\n2024-01-01,</script><b>,3,1,30\r\n", StandardCharsets.UTF_8);
    String html = HtmlReport.page(folder);
    Document d = Jsoup.parse(html);
    JsonNode tree = new ObjectMapper().readTree(d.getElementById("dateline-data").data());
    assertEquals("</script><b>", tree.get("tables").get("terms_by_date.csv").get("rows").get(0).get(1).asText());
    assertTrue(d.select("b").isEmpty());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void aRunThatLeavesOutThePageAndResearchTablesRemovesTheirOlderCopies() throws Exception {
    // a folder of its own: the other tests read the shared run's folder
    Path own = Files.createDirectories(dir.resolve("stale"));
    Path out = ReportFixture.run(own);
    assertTrue(Files.exists(out.resolve(HtmlReport.FILE_NAME)));
    assertTrue(Files.exists(out.resolve("keyness_by_date.csv")));
    ReportFixture.run(own, false, org.dateline.report.ResearchOptions.off());
    for (String gone : List.of(HtmlReport.FILE_NAME, "keyness_by_date.csv", "bursts.csv",
        "cooccurrence_by_date.csv", "collocations.csv")) {
      assertFalse(Files.exists(out.resolve(gone)), gone + " of the earlier run stayed beside the new manifest");
    }
    for (String kept : List.of("documents.csv", "terms_by_date.csv", "entity_sentiment_by_date.csv", "manifest.json")) {
      assertTrue(Files.exists(out.resolve(kept)), kept);
    }
  }
}
