package org.dateline.cli;

import static org.dateline.cli.MainTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline extract} over {@link FakeModels}: what a run would read, as JSON Lines. */
class ExtractCommandTest {

  @TempDir Path dir;

  private static final String ARTICLE = "<html><head><meta property=\"og:title\" content=\"Road to be widened\">"
      + "<link rel=canonical href=\"https://gazette.example/2024/03/01/road\"></head><body>"
      + "<div class=menu><a href=/>Home</a> <a href=/news>News</a></div>"
      + "<div class=story><p>The city council voted on Monday to widen the harbour road, after a long debate.</p>"
      + "<p>Residents had asked for the change for years, citing the queues of lorries and buses.</p></div>"
      + "<div id=comments><p>About time too, although I doubt it will be finished before the winter.</p></div></body></html>";

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("road.html"), ARTICLE);
    Files.writeString(in.resolve("copy.htm"), ARTICLE);
    Files.writeString(in.resolve("index.html"), "<html><body><ul><li><a href=/a>A headline</a></li></ul></body></html>");
    Files.writeString(in.resolve("news.jsonl"),
        "{\"date\":\"2024-03-14\",\"title\":\"Arrival\",\"text\":\"The delegation arrived in Pyongyang on Thursday.\"}\n");
    return in;
  }

  private static List<Map<String, String>> lines(String jsonl) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      Map<String, String> m = new LinkedHashMap<>();
      try (JsonParser p = new JsonFactory().createParser(line)) {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.getCurrentName();
          p.nextToken();
          m.put(name, p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText());
        }
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void keptRecordsBecomeJsonLinesAndDroppedOnesErrorsRows() throws IOException {
    Path in = corpus();
    Path file = dir.resolve("out").resolve("records.jsonl");
    Run r = run("extract", in.toString(), "-o", file.toString());
    assertEquals(0, r.exit(), r.err());
    List<Map<String, String>> records = lines(Files.readString(file));
    assertEquals(2, records.size(), records.toString());
    Map<String, String> page = records.get(0);
    assertEquals(List.of("doc_id", "date", "date_source", "title", "author", "source", "url", "kind", "language",
        "text", "origin", "near_duplicate_cluster", "near_duplicate_kept", "near_duplicate_of"),
        List.copyOf(page.keySet()));
    assertEquals(null, page.get("near_duplicate_cluster"));
    assertEquals("copy.htm", page.get("doc_id"));
    assertEquals("2024-03-01", page.get("date"));
    assertEquals("url", page.get("date_source"));
    assertEquals("Road to be widened", page.get("title"));
    assertEquals("https://gazette.example/2024/03/01/road", page.get("url"));
    assertEquals(null, records.get(1).get("url"));
    assertEquals("article", page.get("kind"));
    assertEquals("en", page.get("language"));
    assertEquals("The city council voted on Monday to widen the harbour road, after a long debate.\n"
        + "Residents had asked for the change for years, citing the queues of lorries and buses.", page.get("text"));
    assertEquals(in.resolve("copy.htm").toString(), page.get("origin"));
    assertEquals("2024-03-14", records.get(1).get("date"));
    assertEquals("field", records.get(1).get("date_source"));
    assertEquals("Arrival", records.get(1).get("title"));
    String errors = Files.readString(file.resolveSibling("errors.csv"));
    assertTrue(errors.contains("index.html,0,line,no_article_text,"), errors);
    assertTrue(errors.contains("road.html,0,line,duplicate,"), errors);
    assertTrue(errors.contains("index.html,0,line,no_article_text,") && errors.contains(",skipped\n"), errors);
    assertTrue(r.err().contains("2 records skipped, 0 repaired, 0 notes (see "), r.err());
    assertTrue(r.err().contains("  skipped: duplicate 1, no_article_text 1"), r.err());
    assertFalse(Files.exists(dir.resolve("reports")), "no tables are written");
  }

  @Test
  void aDashWritesToStandardOutputAndAnOutputIsRequired() throws IOException {
    Path in = corpus();
    Run r = run("extract", in.resolve("news.jsonl").toString(), "-o", "-");
    assertEquals(0, r.exit(), r.err());
    List<Map<String, String>> records = lines(r.out());
    assertEquals(1, records.size());
    assertEquals("The delegation arrived in Pyongyang on Thursday.", records.get(0).get("text"));
    Run none = run("extract", in.toString());
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("Missing required option: '--output=FILE'"), none.err());
  }

  @Test
  void onlyTheReadingOptionsOfRunAreTaken() throws IOException {
    Path in = corpus();
    Path file = in.getParent().resolve("out.jsonl");
    Run counting = run("extract", in.toString(), "-o", file.toString(), "--layers", "terms");
    assertEquals(2, counting.exit());
    assertTrue(counting.err().contains("Unknown option: '--layers'"), counting.err());
    assertFalse(Files.exists(file));
    Run reading = run("extract", in.toString(), "-o", file.toString(), "--date", "2024-03-01", "--source", "KCNA");
    assertEquals(0, reading.exit(), reading.err());
    assertTrue(Files.exists(file));
  }

  @Test
  void theOutputFileIsNeverReadAsAnInput() throws IOException {
    Path in = corpus();
    Path file = in.resolve("records.jsonl");
    assertEquals(0, run("extract", in.toString(), "-o", file.toString()).exit());
    int first = lines(Files.readString(file)).size();
    Run again = run("extract", in.toString(), "-o", file.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals(first, lines(Files.readString(file)).size());
  }

  @Test
  void anOutputThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
    Path in = corpus();
    Path victim = in.resolve("news.jsonl");
    byte[] before = Files.readAllBytes(victim);
    Run r = run("extract", victim.toString(), "-o", victim.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("-o " + victim + " is the input " + victim), r.err());
    assertArrayEquals(before, Files.readAllBytes(victim));
  }

  private static final String FLOOD = "Workers of the Sinpo fishery completed the repair of twelve trawlers ahead of "
      + "the spring season, the manager of the enterprise told reporters on Tuesday. The crews replaced the engines "
      + "of seven boats with ones made at the local machine plant and fitted new nets woven by the families of the "
      + "fishermen. The enterprise plans to land 4,500 tons of pollack and squid this year, a third more than last "
      + "year, and has built two cold stores by the harbour.";

  private Path republished() throws IOException {
    Path in = Files.createDirectories(dir.resolve("near"));
    Files.writeString(in.resolve("news.jsonl"),
        "{\"id\":\"late\",\"date\":\"2024-03-05\",\"title\":\"Trawlers repaired\",\"text\":\""
            + FLOOD.replace("twelve", "fourteen") + "\"}\n"
        + "{\"id\":\"other\",\"date\":\"2024-03-04\",\"title\":\"Arrival\",\"text\":\"The delegation arrived in "
            + "Pyongyang on Thursday for talks on trade and culture, and was met at the airport.\"}\n"
        + "{\"id\":\"first\",\"date\":\"2024-03-03\",\"title\":\"Trawlers repaired\",\"text\":\"" + FLOOD + "\"}\n");
    return in;
  }

  @Test
  void nearDuplicatesAreMarkedAndWithDropTheLaterCopyIsListedInstead() throws IOException {
    Path in = republished();
    Path file = dir.resolve("out").resolve("records.jsonl");
    Run r = run("extract", in.toString(), "-o", file.toString(), "--id-field", "id");
    assertEquals(0, r.exit(), r.err());
    List<Map<String, String>> records = lines(Files.readString(file));
    assertEquals(List.of("late", "other", "first"), records.stream().map(m -> m.get("doc_id")).toList());
    assertEquals(Arrays.asList("1", null, "1"), records.stream().map(m -> m.get("near_duplicate_cluster")).toList());
    assertEquals(Arrays.asList("false", null, "true"), records.stream().map(m -> m.get("near_duplicate_kept")).toList());
    assertEquals(Arrays.asList("first", null, null), records.stream().map(m -> m.get("near_duplicate_of")).toList());

    Run drop = run("extract", in.toString(), "-o", file.toString(), "--id-field", "id", "--near-duplicates", "drop");
    assertEquals(0, drop.exit(), drop.err());
    records = lines(Files.readString(file));
    assertEquals(List.of("other", "first"), records.stream().map(m -> m.get("doc_id")).toList());
    String errors = Files.readString(file.resolveSibling("errors.csv"));
    assertTrue(errors.contains("near_duplicate") && errors.contains("near-duplicate of first"), errors);

    Run off = run("extract", in.toString(), "-o", file.toString(), "--id-field", "id", "--near-duplicates", "off");
    assertEquals(0, off.exit(), off.err());
    assertFalse(lines(Files.readString(file)).get(0).containsKey("near_duplicate_cluster"));
  }
}
