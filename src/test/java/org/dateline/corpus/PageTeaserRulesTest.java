package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.dateline.corpus.CorpusAssertions.assertArticles;
import static org.dateline.corpus.CorpusAssertions.load;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.model.Origin;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a "More From" line opens a teaser block, and how teasers are split. */
class PageTeaserRulesTest {

  private final PageTextLoader loader = new PageTextLoader(DATES);

  @TempDir Path dir;

  @Test
  void aBodyParagraphBeginningWithMoreFromIsBodyText() throws IOException {
    Path p = write(dir, "page.txt", """
        The delegation met officials in Pyongyang.
        More from the ministry's statement, the two sides agreed to expand trade.
        The talks ended on Friday.
        """);
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults());
    assertEquals(1, c.articles.size());
    assertTrue(c.articles.get(0).text().contains("More from the ministry's statement"), c.articles.get(0).text());
    assertEquals(List.of(), c.problems);

    // A short line that names an outlet but is not followed by teasers is body text too.
    Path q = write(dir, "short.txt", "First paragraph.\nMore From Here\nThe last paragraph of the story.\n");
    CorpusAssertions.Collected d = load(loader, q, LoadOptions.defaults());
    assertArticles(d.articles, "article null none [null] null | null | First paragraph. More From Here The last");
  }

  @Test
  void aSecondMoreFromLineOpensABlockWithItsOwnOutlet() throws IOException {
    Path p = write(dir, "page.txt", """
        Main story text.
        More From Naenara (En)
        Farmers finished sowing.
        January 26, 2026
        Farmers finished sowing.
        More From Rodong Sinmun
        A new bridge opened.
        January 25, 2026
        A new bridge opened.
        More Articles
        """);
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults());
    assertArticles(c.articles,
        "article 2026-01-26 inferred [Naenara (En)] null | null | Main story text.",
        "teaser 2026-01-26 teaser_line [Naenara (En)] null | null | Farmers finished sowing.",
        "teaser 2026-01-25 teaser_line [Rodong Sinmun] null | null | A new bridge opened.");
  }

  @Test
  void teasersWithMissingOrUnreadableDateLinesAreSplitByTheirRepetition() throws IOException {
    Path p = write(dir, "page.txt", """
        Main story text.
        More From Naenara (En)
        Teaser one with a date.
        January 26, 2026
        Teaser one with a date.
        Teaser two without a date line.
        Teaser two without a date line.
        Teaser three with an odd date.
        26 Jan. 2026 г.
        Teaser three with an odd date.
        Teaser four with another odd date.
        yesterday
        Teaser four with another odd date.
        Teaser five with a date.
        January 24, 2026
        Teaser five with a date.
        """);
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults());
    assertArticles(c.articles,
        "article 2026-01-26 inferred [Naenara (En)] null | null | Main story text.",
        "teaser 2026-01-26 teaser_line [Naenara (En)] null | null | Teaser one with a date.",
        "teaser null none [Naenara (En)] null | null | Teaser two without a date line.",
        "teaser null none [Naenara (En)] null | null | Teaser three with an odd date.",
        "teaser null none [Naenara (En)] null | null | Teaser four with another odd date.",
        "teaser 2026-01-24 teaser_line [Naenara (En)] null | null | Teaser five with a date.");
    assertEquals(Map.of(ProblemKind.BAD_DATE, 2L), c.problemCounts());
    assertEquals(List.of(Origin.line("page.txt", 9), Origin.line("page.txt", 12)),
        c.problems.stream().map(pr -> pr.origin()).toList());
    assertTrue(c.problems.get(0).message().contains("'26 Jan. 2026 г.'"), c.problems.get(0).message());
  }
}
