package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.TODAY;
import static org.dateline.corpus.CorpusAssertions.assertArticles;
import static org.dateline.corpus.CorpusAssertions.load;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a record's own date fields, the file name, --date and --timezone combine. */
class RecordDatesTest {

  private static final ZoneId PYONGYANG = ZoneId.of("Asia/Pyongyang");

  @Test
  void anUnreadableDateFieldLeavesTheRecordUndatedNotOnTheFileNamesDay(@TempDir Path dir) throws IOException {
    Path p = write(dir, "2015-03-14_day.json", """
        [{"date": "the day after", "text": "Farmers finished the spring sowing."},
         {"text": "Workers repaired the dam."},
         {"date": "9999-01-01", "text": "A date from the far future."}]
        """);
    JsonLoader loader = new JsonLoader(JsonLoader.Mode.DOCUMENT, CorpusAssertions.DATES);
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults().withDate(LocalDate.of(2020, 1, 1)));
    assertArticles(c.articles,
        "article null none [null] null | null | Farmers finished the spring sowing.",
        "article 2020-01-01 input [null] null | null | Workers repaired the dam.",
        "article null none [null] null | null | A date from the far future.");
    assertEquals(Map.of(ProblemKind.BAD_DATE, 2L), c.problemCounts());
    assertTrue(c.problems.get(0).message().contains("'the day after'"), c.problems.get(0).message());

    CorpusAssertions.Collected noOption = load(loader, p, LoadOptions.defaults());
    assertEquals(null, noOption.articles.get(0).date());
    assertEquals(LocalDate.of(2015, 3, 14), noOption.articles.get(1).date());
  }

  @Test
  void instantsAreReadInTheChosenZone(@TempDir Path dir) throws IOException {
    Path p = write(dir, "feed.jsonl", """
        {"published": "2024-02-29T16:00:00Z", "text": "Late news from the evening."}
        {"published": 1.7092224E12, "text": "A timestamp written as a float."}
        {"published": "1709222400.0", "text": "Seconds written with a fraction."}
        {"published": "2024-02-29 16:00:00", "text": "A local time without offset."}
        """);
    JsonLoader utc = new JsonLoader(JsonLoader.Mode.LINES, new DateParser(TODAY));
    JsonLoader pyongyang = new JsonLoader(JsonLoader.Mode.LINES, new DateParser(TODAY, PYONGYANG));
    assertEquals(Map.of("2024-02-29", 4L), CorpusAssertions.dateHistogram(load(utc, p, LoadOptions.defaults()).articles));
    assertEquals(Map.of("2024-03-01", 3L, "2024-02-29", 1L),
        CorpusAssertions.dateHistogram(load(pyongyang, p, LoadOptions.defaults()).articles));
  }

  @Test
  void theReadersZoneComesFromTheLoadOptions(@TempDir Path dir) throws IOException {
    Path p = write(dir, "feed.jsonl", "{\"date\": \"2024-02-29T16:00:00Z\", \"text\": \"Late news.\"}\n");
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    new CorpusReader(LoadOptions.defaults().withZone(PYONGYANG)).read(java.util.List.of(p), c);
    assertEquals(LocalDate.of(2024, 3, 1), c.articles.get(0).date());
  }
}
