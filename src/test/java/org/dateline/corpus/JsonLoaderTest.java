package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.dateline.corpus.CorpusAssertions.assertArticles;
import static org.dateline.corpus.CorpusAssertions.load;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Origin;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLoaderTest {

  private final JsonLoader document = new JsonLoader(JsonLoader.Mode.DOCUMENT, DATES);
  private final JsonLoader lines = new JsonLoader(JsonLoader.Mode.LINES, DATES);

  /** Two records in the shape of the CC0 kcna-2024 file, the second without story text. */
  private static final String KCNA_2024 =
      """
      [{"topic": "News Commentary", "headline": "Japan's Discharge of Nuclear-polluted Water Is Crime: KCNA Commentary",
        "link": "http://www.kcna.kp/en/article/q/a514.kcmsf", "date": 1703376000000,
        "story_text": "Pyongyang, December 24 (KCNA) -- Japan continues discharging nuclear-contaminated water into sea.",
        "date_str": "2023-12-24"},
       {"topic": "Celebrations for New Year",
        "headline": "Lunar New Year's Day Greeted in DPRK\\r\\n\\t\\t\\r\\n\\t\\n\\n[Juche113.2.11.]",
        "link": "http://www.kcna.kp/en/article/q/fa7e.kcmsf", "date": 1707609600000, "story_text": "",
        "date_str": "2024-02-11"},
       {"headline": "Kim Jong Un Sends Greetings\\n\\n[Juche113.1.2.]", "date": "2024-01-02",
        "story_text": "Pyongyang, January 2 (KCNA) -- Greetings.", "id": "k-3", "tags": ["a", {"b": 1}]}]
      """;

  @Test
  void arrayOfRecords(@TempDir Path dir) throws IOException {
    CorpusAssertions.Collected c = load(document, write(dir, "kcna.json", KCNA_2024), LoadOptions.defaults());
    assertArticles(
        c.articles,
        "article 2023-12-24 field [KCNA] null | Japan's Discharge of Nuclear-polluted Water Is Crime: KCNA Commentary | Pyongyang, December 24 (KCNA) -- Japan c",
        "article 2024-01-02 field [KCNA] null | Kim Jong Un Sends Greetings | Pyongyang, January 2 (KCNA) -- Greetings");
    assertEquals("kcna.json#1", c.articles.get(0).id());
    assertEquals(Origin.record("kcna.json", 1), c.articles.get(0).origin());
    assertEquals("k-3", c.articles.get(1).id());
    assertEquals(Map.of(ProblemKind.EMPTY_TEXT, 1L), c.problemCounts());
    assertEquals(Origin.record("kcna.json", 2), c.problems.get(0).origin());
    assertTrue(c.problems.get(0).message().contains("'story_text'"), c.problems.get(0).message());
  }

  @Test
  void jsonLinesWithBadLine(@TempDir Path dir) throws IOException {
    Path p =
        write(
            dir,
            "feed.jsonl",
            """
            {"title": "One", "text": "First story.", "published": "2024-03-01T08:00:00Z", "source": "Wire"}
            {"title": "Two", "text": "Second story.", "published": "not a date"}

            {"title": "Three", "text": "Broken
            null
            {"title": "Four", "body": "Fourth story.", "pubDate": "Tue, 5 Mar 2024 10:00:00 GMT"}
            """);
    CorpusAssertions.Collected c = load(lines, p, LoadOptions.defaults().withSource("Fallback"));
    assertArticles(
        c.articles,
        "article 2024-03-01 field [Wire] null | One | First story.",
        "article null none [Fallback] null | Two | Second story.",
        "article 2024-03-05 field [Fallback] null | Four | Fourth story.");
    assertEquals("feed.jsonl:6", c.articles.get(2).id());
    assertEquals(
        Map.of(ProblemKind.BAD_DATE, 1L, ProblemKind.MALFORMED_RECORD, 1L, ProblemKind.NULL_RECORD, 1L),
        c.problemCounts());
    assertEquals(Origin.line("feed.jsonl", 2), c.problems.get(0).origin());
    assertEquals(Origin.line("feed.jsonl", 4), c.problems.get(1).origin());
    assertEquals(ProblemKind.MALFORMED_RECORD, c.problems.get(1).kind());
    assertEquals(Origin.line("feed.jsonl", 5), c.problems.get(2).origin());
  }

  @Test
  void nestedDayObjectAppliesOuterDate(@TempDir Path dir) throws IOException {
    // The articles list comes before the outer date here, as some scrapers write it.
    Path p =
        write(
            dir,
            "day.json",
            """
            {"url": "http://example.org/day",
             "articles": [
               {"title": "A", "url": "u1", "content": "A\\r\\nPyongyang, March 14 (KCNA) -- Story A."},
               null,
               {"title": "B", "url": "u2", "content": "Story B without dateline."}
             ],
             "date": "2015-03-14"}
            """);
    CorpusAssertions.Collected c = load(document, p, LoadOptions.defaults());
    assertArticles(
        c.articles,
        "article 2015-03-14 field [KCNA] null | A | A Pyongyang, March 14 (KCNA) -- Story A.",
        "article 2015-03-14 field [null] null | B | Story B without dateline.");
    assertEquals("A\nPyongyang, March 14 (KCNA) -- Story A.", c.articles.get(0).text());
    assertEquals(Origin.record("day.json", 3), c.articles.get(1).origin());
    assertEquals(Map.of(ProblemKind.NULL_RECORD, 1L), c.problemCounts());
    assertEquals(Origin.record("day.json", 2), c.problems.get(0).origin());
  }

  @Test
  void emptyDayIsNotAProblem(@TempDir Path dir) throws IOException {
    Path p = write(dir, "1997-01-02_juche.json", "{\"date\": \"1997-01-02\", \"url\": \"u\", \"articles\": []}");
    CorpusAssertions.Collected c = load(document, p, LoadOptions.defaults());
    assertEquals(List.of(), c.articles);
    assertEquals(List.of(), c.problems);
    Path record = write(dir, "one.json", "{\"text\": \"A record with tags.\", \"tags\": []}");
    assertArticles(
        load(document, record, LoadOptions.defaults()).articles,
        "article null none [null] null | null | A record with tags.");
  }

  @Test
  void dateFallbacks(@TempDir Path dir) throws IOException {
    String records = "[{\"text\": \"No date.\"}, {\"text\": \"Bad date.\", \"date\": \"0001-01-01\"}]";
    Path named = write(dir, "2016-05-06_dump.json", records);
    assertArticles(
        load(document, named, LoadOptions.defaults()).articles,
        "article 2016-05-06 input [null] null | null | No date.",
        "article null none [null] null | null | Bad date.");
    Path plain = write(dir, "dump.json", records);
    CorpusAssertions.Collected c =
        load(document, plain, LoadOptions.defaults().withDate(LocalDate.of(2020, 1, 1)));
    assertArticles(
        c.articles,
        "article 2020-01-01 input [null] null | null | No date.",
        "article null none [null] null | null | Bad date.");
    assertEquals(Map.of(ProblemKind.BAD_DATE, 1L), c.problemCounts());
  }

  @Test
  void customFieldNamesComeFirst(@TempDir Path dir) throws IOException {
    Path p = write(dir, "x.json", "{\"when\": \"2019-07-01\", \"date\": \"2000-01-01\", \"words\": \"Hello.\"}");
    LoadOptions options =
        LoadOptions.defaults()
            .withFields(FieldMapping.defaults().withDate("when").withText("words"));
    assertArticles(load(document, p, options).articles, "article 2019-07-01 field [null] null | null | Hello.");
  }

  @Test
  void truncatedDocumentKeepsRecordsBeforeTheBreak(@TempDir Path dir) throws IOException {
    Path p =
        write(
            dir,
            "cut.json",
            "[{\"text\": \"One.\", \"date\": \"2024-01-01\"},\n {\"text\": \"Two.\", \"date\": \"2024-01-02\"},\n {\"text\": \"Thr");
    CorpusAssertions.Collected c = load(document, p, LoadOptions.defaults());
    assertArticles(
        c.articles,
        "article 2024-01-01 field [null] null | null | One.",
        "article 2024-01-02 field [null] null | null | Two.");
    assertEquals(Map.of(ProblemKind.MALFORMED_RECORD, 1L), c.problemCounts());
    assertEquals(3, c.problems.get(0).origin().position());
    assertTrue(c.problems.get(0).message().contains("line 3, column"), c.problems.get(0).message());

    Path cutDay = write(dir, "cutday.json", "{\"date\": \"2015-03-14\", \"articles\": [{\"content\": \"Kept.\"}, {\"content\": \"Lo");
    c = load(document, cutDay, LoadOptions.defaults());
    assertArticles(c.articles, "article 2015-03-14 field [null] null | null | Kept.");
    assertEquals(List.of(ProblemKind.MALFORMED_RECORD), c.problems.stream().map(x -> x.kind()).toList());
  }

  @Test
  void severalRootObjects(@TempDir Path dir) throws IOException {
    Path p = write(dir, "many.json", "{\"text\": \"A.\"} {\"text\": \"B.\"}\n42");
    CorpusAssertions.Collected c = load(document, p, LoadOptions.defaults());
    assertArticles(
        c.articles,
        "article null none [null] null | null | A.",
        "article null none [null] null | null | B.");
    assertEquals(Map.of(ProblemKind.MALFORMED_RECORD, 1L), c.problemCounts());
    assertEquals(Origin.record("many.json", 3), c.problems.get(0).origin());
  }
}
