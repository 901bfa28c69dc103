package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.dateline.corpus.CorpusAssertions.assertArticles;
import static org.dateline.corpus.CorpusAssertions.load;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.dateline.model.Origin;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {

  private final CsvLoader loader = new CsvLoader(DATES);

  @Test
  void reutersShapedRowsWithBrokenQuote(@TempDir Path dir) throws IOException {
    Path p =
        write(
            dir,
            "news.csv",
            "\uFEFFtitle,text,subject,date\r\n"
                + "Budget fight looms,\"WASHINGTON (Reuters) - The head of a faction said \"\"no\"\".\",politicsNews,December 31, 2017 \r\n"
                + "Two lines,\"First line.\r\nSecond line.\",politicsNews,\"Dec 29, 2017 \"\r\n"
                + "No text,,politicsNews,\"December 28, 2017 \"\r\n"
                + "Bad date,Text here.,politicsNews,someday\r\n"
                + "Broken,\"quote\"oops,politicsNews,\"December 27, 2017 \"\r\n"
                + "After,Never read.,politicsNews,\"December 26, 2017 \"\r\n");
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults());
    assertArticles(
        c.articles,
        "article null none [Reuters] null | Budget fight looms | WASHINGTON (Reuters) - The head of a fac",
        "article 2017-12-29 field [null] null | Two lines | First line. Second line.",
        "article null none [null] null | Bad date | Text here.");
    assertEquals(Origin.line("news.csv", 2), c.articles.get(0).origin());
    assertEquals(Origin.line("news.csv", 3), c.articles.get(1).origin());
    assertEquals("news.csv:6", c.articles.get(2).id());
    assertEquals(
        Map.of(ProblemKind.BAD_DATE, 2L, ProblemKind.EMPTY_TEXT, 1L, ProblemKind.MALFORMED_RECORD, 1L),
        c.problemCounts());
    assertEquals(Origin.line("news.csv", 5), c.problemsOf(ProblemKind.EMPTY_TEXT).get(0).origin());
    assertEquals(Origin.line("news.csv", 7), c.problemsOf(ProblemKind.MALFORMED_RECORD).get(0).origin());
  }

  @Test
  void trailingSpaceDates(@TempDir Path dir) throws IOException {
    Path p =
        write(
            dir,
            "ok.csv",
            "title,text,subject,date\n"
                + "A,\"WASHINGTON (Reuters) - A.\",politicsNews,\"December 31, 2017 \"\n"
                + "B,B text,politicsNews,\"November 16, 2017 \"\n");
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults().withSource("ISOT"));
    assertArticles(
        c.articles,
        "article 2017-12-31 field [ISOT] null | A | WASHINGTON (Reuters) - A.",
        "article 2017-11-16 field [ISOT] null | B | B text");
    assertEquals(Map.of(), c.problemCounts());
  }
}
