package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numeric dates with the year last ({@code 31.01.2024}, {@code 02/01/2024}): read when they read
 * one way only, in {@code --date-order} when they read two ways, else in the order the file's
 * other dates show, else kept undated with one row per file.
 */
class DateOrderTest {

  @TempDir Path dir;

  @ParameterizedTest(name = "[{index}] \"{0}\" {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "31.01.2024|-|2024-01-31",
        "31/01/2024|-|2024-01-31",
        "31-01-2024|-|2024-01-31",
        "1/31/2024|-|2024-01-31",
        "05.05.2024|-|2024-05-05",
        "31.01.2024 14:30|-|2024-01-31",
        "31/01/2024, 14:30:00|-|2024-01-31",
        "02.01.2024|-|-",
        "02.01.2024|DMY|2024-01-02",
        "02.01.2024|MDY|2024-02-01",
        "02.01.2024|YMD|-",
        "31.01.2024|MDY|2024-01-31",
        "31.01.24|-|-",
        "31.01.24|DMY|2024-01-31",
        "01/31/24|MDY|2024-01-31",
        "24.01.31|YMD|2024-01-31",
        "99.01.31|YMD|1999-01-31",
        "02.01.24|DMY|2024-01-02",
        "31.02.2024|-|-",
        "13.13.2024|DMY|-",
        "31.01.1799|-|-",
        "31.01/2024|-|-",
        "2024.01.31|-|2024-01-31",
        "2024.01.02|MDY|2024-01-02",
      })
  void numericDates(String value, DateOrder order, String expected) {
    assertEquals(Optional.ofNullable(expected).map(LocalDate::parse), DATES.parse(value, order));
    if (order == null) {
      assertEquals(DATES.parse(value), DATES.parse(value, null));
    }
  }

  @Test
  void ambiguityAndTheOrderAValueShows() {
    assertTrue(DATES.isAmbiguous("02.01.2024"));
    assertTrue(DATES.isAmbiguous(" 12/11/2023 "));
    assertFalse(DATES.isAmbiguous("05.05.2024"));
    assertFalse(DATES.isAmbiguous("31.01.2024"));
    assertFalse(DATES.isAmbiguous("2024-01-02"));
    assertFalse(DATES.isAmbiguous(null));
    assertEquals(DateOrder.DMY, DATES.impliedOrder("31.01.2024"));
    assertEquals(DateOrder.MDY, DATES.impliedOrder("01/31/2024"));
    assertNull(DATES.impliedOrder("02.01.2024"));
    assertNull(DATES.impliedOrder("31.31.2024"));
    assertNull(DATES.impliedOrder("2024-01-31"));
  }

  @Test
  void pageTextDateLinesKeepTheirForms() {
    // A page's date lines split teasers from stories; a numeric date on its own line is no new cue.
    assertFalse(DATES.isDateLine("31.01.2024"));
    assertTrue(DATES.isDateLine("2024.01.31"));
  }

  @Test
  void theOptionNamesTheOrders() {
    assertEquals(DateOrder.DMY, DateOrder.of("dmy"));
    assertEquals(DateOrder.MDY, DateOrder.of(" MDY "));
    assertEquals("ymd", DateOrder.YMD.label());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateOrder.of("dym"));
    assertEquals("'dym' is not a date order; give dmy (31.01.2024), mdy (01/31/2024) or ymd (24.01.31)", e.getMessage());
  }

  private CorpusAssertions.Collected read(String name, String content, LoadOptions options) throws IOException {
    Path file = CorpusAssertions.write(dir, name, content);
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    new CorpusReader(options, DATES).read(List.of(file), c);
    return c;
  }

  private static List<String> dates(CorpusAssertions.Collected c) {
    return c.articles.stream().map(a -> a.text() + "=" + a.date()).toList();
  }

  private static final String AMBIGUOUS = "date,text\n02/01/2024,One.\n03/04/2024,Two.\n,Three.\n";

  @Test
  void withoutAnOrderAmbiguousDatesAreUndatedWithOneRowPerFile() throws IOException {
    CorpusAssertions.Collected c = read("us-or-eu.csv", AMBIGUOUS, LoadOptions.defaults());
    assertEquals(List.of("One.=null", "Two.=null", "Three.=null"), dates(c));
    List<Problem> bad = c.problemsOf(ProblemKind.BAD_DATE);
    assertEquals(1, bad.size(), c.problems.toString());
    assertEquals(dir.resolve("us-or-eu.csv") + ":2", bad.get(0).origin().toString());
    assertEquals("2 record(s) have a date that reads two ways, such as '02/01/2024' in field 'date' (2 January 2024"
        + " day first, 1 February 2024 month first) at " + dir.resolve("us-or-eu.csv") + ":2, and no date in the file"
        + " reads one way only (a day above 12) to tell which; records kept undated (pass --date-order dmy or"
        + " --date-order mdy)", bad.get(0).message());
    // The record without a date is the file's other row, as before.
    assertEquals(1, c.problemsOf(ProblemKind.UNDATED).size(), c.problems.toString());
    assertEquals(2, c.problems.size());
  }

  @Test
  void theOptionReadsThemInItsOrder() throws IOException {
    CorpusAssertions.Collected dmy = read("a.csv", AMBIGUOUS, LoadOptions.defaults().withDateOrder(DateOrder.DMY));
    assertEquals(List.of("One.=2024-01-02", "Two.=2024-04-03", "Three.=null"), dates(dmy));
    assertEquals(List.of(), dmy.problemsOf(ProblemKind.BAD_DATE));
    CorpusAssertions.Collected mdy = read("b.csv", AMBIGUOUS, LoadOptions.defaults().withDateOrder(DateOrder.MDY));
    assertEquals(List.of("One.=2024-02-01", "Two.=2024-03-04", "Three.=null"), dates(mdy));
  }

  @Test
  void aDateThatReadsOneWayDecidesForTheWholeFileWhereverItStands() throws IOException {
    StringBuilder csv = new StringBuilder("date,text\n");
    for (int i = 1; i <= 2000; i++) {
      csv.append(String.format("%02d/%02d/2024,Story %d.%n", 1 + i % 12, 1 + i % 12 == 1 ? 2 : 1, i));
    }
    csv.append("13/01/2024,The day that tells.\n");
    CorpusAssertions.Collected c = read("late.csv", csv.toString(), LoadOptions.defaults());
    assertEquals(List.of(), c.problems);
    assertEquals(2001, c.articles.size());
    assertEquals("Story 1.", c.articles.get(0).text());
    assertEquals(LocalDate.of(2024, 1, 2), c.articles.get(0).date());
    assertEquals(LocalDate.of(2024, 1, 3), c.articles.get(1).date());
    assertEquals(LocalDate.of(2024, 1, 13), c.articles.get(2000).date());

    CorpusAssertions.Collected us = read("us.csv", "date,text\n02/01/2024,One.\n01/31/2024,Two.\n", LoadOptions.defaults());
    assertEquals(List.of("One.=2024-02-01", "Two.=2024-01-31"), dates(us));
    assertEquals(List.of(), us.problems);
  }

  @Test
  void theOptionWinsOverTheFilesOwnDates() throws IOException {
    CorpusAssertions.Collected c = read("told.csv", "date,text\n02/01/2024,One.\n31/01/2024,Two.\n",
        LoadOptions.defaults().withDateOrder(DateOrder.MDY));
    assertEquals(List.of("One.=2024-02-01", "Two.=2024-01-31"), dates(c));
  }

  @Test
  void aFileWithoutAmbiguousDatesIsReadOnce() throws IOException {
    AtomicInteger loads = new AtomicInteger();
    Loader csv = new CsvLoader(DATES);
    Loader counting = new Loader() {
      @Override
      public void load(TextInput input, LoadOptions options, RecordSink sink) throws IOException {
        loads.incrementAndGet();
        csv.load(input, options, sink);
      }

      @Override
      public String format() {
        return "csv";
      }
    };
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    Path file = CorpusAssertions.write(dir, "plain.csv", "date,text\n31.01.2024,One.\n2024-02-01,Two.\n");
    FileDateOrder order = FileDateOrder.of(counting, TextInput.of(file, "plain.csv"), LoadOptions.defaults(), DATES);
    List<Article> read = new ArrayList<>();
    csv.load(TextInput.of(file, "plain.csv"), LoadOptions.defaults(), new RecordSink() {
      @Override
      public void accept(Article article) {
        read.add(article);
      }

      @Override
      public void problem(Problem problem) {
        c.problem(problem);
      }
    });
    assertEquals(2, read.size());
    assertEquals(0, loads.get(), "no second read without a date that reads two ways");
    assertEquals(DateOrder.DMY, new FileDateOrder(() -> DateOrder.DMY, DATES).order());
    assertNull(order.problem());
    assertEquals(DateOrder.DMY, order.order());
    assertEquals(1, loads.get());
    order.order();
    assertEquals(1, loads.get(), "the order is looked for once");
  }

  @Test
  void aLoaderUsedOnItsOwnGivesEachAmbiguousRecordItsRow() throws IOException {
    Path file = CorpusAssertions.write(dir, "alone.csv", AMBIGUOUS);
    CorpusAssertions.Collected c = CorpusAssertions.load(new CsvLoader(DATES), file, LoadOptions.defaults());
    List<Problem> bad = c.problemsOf(ProblemKind.BAD_DATE);
    assertEquals(2, bad.size());
    assertEquals("date field 'date' holds '02/01/2024', which reads two ways (2 January 2024 day first,"
        + " 1 February 2024 month first), and no date in the file reads one way only (a day above 12) to tell which;"
        + " record kept undated (pass --date-order dmy or --date-order mdy)", bad.get(0).message());
  }

  @Test
  void europeanSemicolonExportWithDottedDatesAndDecimalCommas() throws IOException {
    String csv = "Datum;Titel;Text;Preis\n"
        + "02.01.2024;Neujahr;\"Kurz, und gut; mit Semikolon.\";1,5\n"
        + "31.01.2024;Ende Januar;Ein Text, mit Komma.;12,25\n"
        + "05.02.2024;Februar;Noch ein Text.;0,75\n";
    LoadOptions options = LoadOptions.defaults().withFields(LoadOptions.defaults().fields().withDate("Datum")
        .withTitle("Titel").withText("Text"));
    CorpusAssertions.Collected c = read("export.csv", csv, options);
    assertEquals(List.of(), c.problems);
    assertEquals(List.of("Kurz, und gut; mit Semikolon.=2024-01-02", "Ein Text, mit Komma.=2024-01-31",
        "Noch ein Text.=2024-02-05"), dates(c));
    assertEquals("Ende Januar", c.articles.get(1).title());
  }

  @Test
  void theDelimiterOptionOverridesAWrongGuess() throws IOException {
    // One comma in the header and in every row: the sniffer takes the comma.
    String csv = "date;text, in full\n2024-01-02;Hello, world.\n2024-01-03;Goodbye, world.\n";
    CorpusAssertions.Collected guessed = read("guess.csv", csv, LoadOptions.defaults());
    assertEquals(List.of(), guessed.articles);
    CorpusAssertions.Collected told = read("told.csv", csv, LoadOptions.defaults().withDelimiter(';')
        .withFields(LoadOptions.defaults().fields().withText("text, in full")));
    assertEquals(List.of("Hello, world.=2024-01-02", "Goodbye, world.=2024-01-03"), dates(told));
    assertEquals(List.of(), told.problems);
    // A .tsv file follows the option too.
    CorpusAssertions.Collected tsv = read("bars.tsv", "date|text\n2024-01-02|A bar-separated story.\n",
        LoadOptions.defaults().withDelimiter('|'));
    assertEquals(List.of("A bar-separated story.=2024-01-02"), dates(tsv));
  }

  @Test
  void spreadsheetsTakeTheOrderFromTheirOtherDatesToo() throws IOException {
    String content = SpreadsheetFixtures.ODS_CONTENT
        .replace("<table:table-cell office:value-type=\"date\" office:date-value=\"2024-01-31\"><text:p>31.01.24</text:p>",
            "<table:table-cell><text:p>03.01.2024</text:p>")
        .replace("<table:table-cell office:value-type=\"date\" office:date-value=\"2024-02-01T14:30:00\">",
            "<table:table-cell><text:p>04.01.2024</text:p>")
        .replace("<text:p>01.02.24 14:30</text:p>", "");
    Path file = java.nio.file.Files.write(dir.resolve("dotted.ods"), SpreadsheetFixtures.ods(content));
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    new CorpusReader(LoadOptions.defaults(), DATES).read(List.of(file), c);
    assertEquals(List.of(), c.problems);
    assertEquals(List.of(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 31),
        LocalDate.of(2024, 3, 14)), c.articles.stream().map(Article::date).toList());
  }
}
