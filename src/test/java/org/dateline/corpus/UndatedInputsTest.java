package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON and CSV records whose date hides in a shape or under a name not looked for. */
class UndatedInputsTest {

  @TempDir Path dir;

  private final CorpusReader reader = new CorpusReader(LoadOptions.defaults(), DATES);

  private CorpusAssertions.Collected read(Path... inputs) throws Exception {
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    files = reader.read(List.of(inputs), c);
    return c;
  }

  private List<InputFile> files;

  private static List<LocalDate> dates(CorpusAssertions.Collected c) {
    return c.articles.stream().map(Article::date).toList();
  }

  @Test
  void mongoDatesAndOneElementListsAreDates() throws Exception {
    Path json = Files.writeString(dir.resolve("mongo.json"), """
        [{"date": {"$date": "2024-03-01T00:00:00Z"}, "text": "one"},
         {"date": {"$date": {"$numberLong": "1709337600000"}}, "text": "two"},
         {"date": {"$date": 1709424000000}, "text": "three"},
         {"date": ["2024-03-04"], "text": "four"},
         {"date": ["2024-03-05", "2024-03-06"], "text": "five"}]
        """);
    CorpusAssertions.Collected c = read(json);
    List<LocalDate> expected = new ArrayList<>(List.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 2),
        LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 4)));
    // Several dates do not say which one is the publication date: the record stays undated.
    expected.add(null);
    assertEquals(expected, dates(c));
    assertEquals(DateSource.FIELD, c.articles.get(1).dateSource());
    List<Problem> undated = c.problemsOf(ProblemKind.UNDATED);
    assertEquals(1, undated.size(), c.problems.toString());
    assertTrue(undated.get(0).message().startsWith("1 record(s) name no date"), undated.get(0).message());
    assertEquals(json.toString(), undated.get(0).origin().file());
  }

  @Test
  void aFieldWhoseValuesAreDatesIsFoundAndNamedInTheManifestEntry() throws Exception {
    // pub_time holds dates; views and serial are short numbers that DateParser would read as epochs.
    String records = IntStream.rangeClosed(1, 10)
        .mapToObj(i -> "{\"serial\": " + (86400 + i) + ", \"views\": " + i * 3
            + ", \"pub_time\": " + (i == 7 ? "\"soon\"" : "\"2024-05-" + String.format("%02d", i) + " 08:00\"")
            + ", \"body\": \"story " + i + "\"}")
        .collect(Collectors.joining(",\n", "[", "]"));
    Path json = Files.writeString(dir.resolve("feed.json"), records);
    CorpusAssertions.Collected c = read(json);
    assertEquals(10, c.articles.size());
    assertEquals(LocalDate.of(2024, 5, 1), c.articles.get(0).date());
    assertEquals(LocalDate.of(2024, 5, 10), c.articles.get(9).date());
    assertNull(c.articles.get(6).date());
    assertEquals("pub_time", files.get(0).dateFieldDetected());
    // The one value that is no date is named as a bad date, as for a field looked for.
    assertEquals(1, c.problemsOf(ProblemKind.BAD_DATE).size(), c.problems.toString());
    assertEquals(0, c.problemsOf(ProblemKind.UNDATED).size());
  }

  @Test
  void aCsvColumnOfDatesIsFoundToo() throws Exception {
    Path csv = Files.writeString(dir.resolve("wire.csv"),
        "id,when,body\n1,\"Mar 3, 2024\",first\n2,\"Mar 4, 2024\",second\n3,,third\n");
    CorpusAssertions.Collected c = read(csv);
    assertEquals(List.of(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 4)), dates(c).subList(0, 2));
    assertNull(c.articles.get(2).date());
    assertEquals("when", files.get(0).dateFieldDetected());
    // The third row's date is empty: it stays undated and the file's row says so.
    assertEquals(1, c.problemsOf(ProblemKind.UNDATED).size(), c.problems.toString());
  }

  @Test
  void shortNumbersAloneAreNotTakenForDates() throws Exception {
    Path json = Files.writeString(dir.resolve("counts.jsonl"),
        "{\"rank\": 1, \"words\": 120, \"text\": \"a\", \"tag\": \"x\"}\n"
            + "{\"rank\": 2, \"words\": 340, \"text\": \"b\", \"tag\": \"y\"}\n");
    CorpusAssertions.Collected c = read(json);
    assertEquals(2, c.articles.size());
    assertTrue(c.articles.stream().allMatch(a -> a.date() == null));
    assertNull(files.get(0).dateFieldDetected());
    List<Problem> undated = c.problemsOf(ProblemKind.UNDATED);
    assertEquals(1, undated.size());
    assertEquals(0, undated.get(0).origin().position());
    String m = undated.get(0).message();
    assertTrue(m.startsWith("2 record(s) name no date"), m);
    assertTrue(m.contains("Their keys: rank, tag, text, words."), m);
    assertTrue(m.contains("--date-field NAME") && m.contains("--date YYYY-MM-DD"), m);
  }

  @Test
  void theKeysNamedAreSortedAndCapped() throws Exception {
    String keys = IntStream.rangeClosed(1, 25).mapToObj(i -> "\"k" + (char) ('a' + i) + "\": \"v\"")
        .collect(Collectors.joining(", "));
    Path json = Files.writeString(dir.resolve("wide.json"), "[{" + keys + ", \"text\": \"t\"}]");
    String m = read(json).problemsOf(ProblemKind.UNDATED).get(0).message();
    assertTrue(m.contains("Their keys: kb, kc, kd, ke, kf, kg, kh, ki, kj, kk, kl, km, kn, ko, kp, kq, kr, ks, kt, ku"
        + " and 6 more."), m);
  }

  @Test
  void recordsDatedByTheFileNameOrByDateGetNoRowAndNoDetection() throws Exception {
    Path json = Files.writeString(dir.resolve("news_2024-06-01.json"),
        "[{\"created\": \"2023-01-01\", \"text\": \"a\"}]");
    CorpusAssertions.Collected c = read(json);
    assertEquals(List.of(LocalDate.of(2024, 6, 1)), dates(c));
    assertEquals(List.of(), c.problems);
    assertNull(files.get(0).dateFieldDetected());
  }

  @Test
  void pageTextKeepsItsWays() throws Exception {
    Path page = Files.writeString(dir.resolve("page.txt"), "Just a paragraph of text without any date.\n");
    CorpusAssertions.Collected c = read(page);
    assertEquals(0, c.problemsOf(ProblemKind.UNDATED).size());
  }
}
