package org.dateline.corpus;

import static org.dateline.corpus.CorpusAssertions.DATES;
import static org.dateline.corpus.CorpusAssertions.assertArticles;
import static org.dateline.corpus.CorpusAssertions.dateHistogram;
import static org.dateline.corpus.CorpusAssertions.load;
import static org.dateline.corpus.CorpusAssertions.shared;
import static org.dateline.corpus.CorpusAssertions.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageTextLoaderTest {

  private final PageTextLoader loader = new PageTextLoader(DATES);

  static Path resource(String name) throws URISyntaxException {
    return Path.of(PageTextLoaderTest.class.getResource("/corpus/" + name).toURI());
  }

  @Test
  void sharedNaenaraPage() throws IOException {
    Path page = shared("samples", "naenara-page.txt");
    assumeTrue(Files.exists(page), "../shared is absent");
    CorpusAssertions.Collected c = load(loader, page, LoadOptions.defaults());

    assertEquals(List.of(), c.problems);
    assertEquals(21, c.articles.size());
    Article main = c.articles.get(0);
    assertEquals(ArticleKind.ARTICLE, main.kind());
    assertEquals("Un Jong Chol", main.author());
    assertEquals("Naenara (En)", main.source());
    assertEquals(LocalDate.of(2026, 1, 26), main.date());
    assertEquals(DateSource.INFERRED, main.dateSource());
    assertEquals(Origin.line("naenara-page.txt", 1), main.origin());
    List<String> paragraphs = List.of(main.text().split("\n"));
    assertEquals(13, paragraphs.size());
    assertTrue(paragraphs.get(0).startsWith("In recent years, catastrophic armed conflicts"));
    assertEquals(
        "The Korean people, as they are staunchly adhering to the stand of independence against"
            + " imperialism, are working devotedly for the development and prosperity of their"
            + " country with confidence in the sure victory of their cause.",
        paragraphs.get(12));

    List<Article> teasers = c.articles.subList(1, 21);
    assertEquals(
        Map.of("2026-01-23", 2L, "2026-01-24", 7L, "2026-01-25", 6L, "2026-01-26", 5L),
        dateHistogram(teasers));
    Article first = teasers.get(0);
    assertEquals(ArticleKind.TEASER, first.kind());
    assertEquals(DateSource.TEASER_LINE, first.dateSource());
    assertEquals("Naenara (En)", first.source());
    assertEquals(Origin.line("naenara-page.txt", 16), first.origin());
    assertEquals(
        "Modern rural dwellings are springing up one after another in Kangwon Province of the DPRK"
            + " amid the everyday news reports of",
        first.text());
    assertEquals(
        "Working people in Kaesong Municipality of the DPRK have remodelled the finishing materials"
            + " factory in their locality. The",
        teasers.get(19).text());
    assertEquals(20, teasers.stream().map(Article::text).distinct().count());
    assertEquals(20, teasers.stream().map(Article::id).distinct().count());
  }

  @Test
  void examplePageWithCrlfAndRepeatedTeaser() throws Exception {
    CorpusAssertions.Collected c =
        load(loader, resource("example-page.txt"), LoadOptions.defaults());
    assertEquals(List.of(), c.problems);
    assertArticles(
        c.articles,
        "article 2025-03-03 inferred [Example Daily (En)] Ri Song Mi | null | The Taedong Valley Orchard brought in a",
        "teaser 2025-03-03 teaser_line [Example Daily (En)] null | null | Fishermen on the east coast landed their",
        "teaser 2025-03-02 teaser_line [Example Daily (En)] null | null | A new library opened in the county town.",
        "teaser 2025-03-01 teaser_line [Example Daily (En)] null | null | Students held a science fair.");
    assertEquals(
        "The Taedong Valley Orchard brought in a record apple harvest this autumn, workers at the"
            + " farm said.\nGrowers credited new irrigation channels and a school for young orchard"
            + " hands that opened last spring.",
        c.articles.get(0).text());
    assertEquals("example-page.txt:6", c.articles.get(1).id());
    assertEquals(Origin.line("example-page.txt", 15), c.articles.get(3).origin());
  }

  @Test
  void optionDateAndFileNameDateComeFirst(@TempDir Path dir) throws Exception {
    String page = Files.readString(resource("example-page.txt"));
    Path named = write(dir, "page-2025-02-28.txt", page);
    assertEquals(
        "article 2025-02-28 input",
        summaryHead(load(loader, named, LoadOptions.defaults()).articles.get(0)));
    assertEquals(
        "article 2024-05-01 input",
        summaryHead(
            load(loader, named, LoadOptions.defaults().withDate(LocalDate.of(2024, 5, 1)))
                .articles.get(0)));
  }

  @Test
  void datelineWithYearOfNewestTeaser(@TempDir Path dir) throws IOException {
    Path p =
        write(
            dir,
            "kcna.txt",
            "Pyongyang, February 27 (KCNA) -- A meeting was held.\nIt ended.\n"
                + "More From KCNA Watch\nA teaser.\nMarch 3, 2025\nA teaser.\n");
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults());
    assertArticles(
        c.articles,
        "article 2025-02-27 text [KCNA Watch] null | null | Pyongyang, February 27 (KCNA) -- A meeti",
        "teaser 2025-03-03 teaser_line [KCNA Watch] null | null | A teaser.");
  }

  @Test
  void plainTextWithoutTeasersOrByline(@TempDir Path dir) throws IOException {
    Path p =
        write(
            dir,
            "note.txt",
            "Harvest News\r\nJanuary 5, 2024\r\n\r\nThe harvest was good this year.\r\nMore grain was stored than ever.\r\n");
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults().withSource("Example Wire"));
    assertArticles(
        c.articles,
        "article 2024-01-05 text [Example Wire] null | null | Harvest News The harvest was good this y");
    assertEquals(
        "Harvest News\nThe harvest was good this year.\nMore grain was stored than ever.",
        c.articles.get(0).text());

    Path undated = write(dir, "undated.txt", "Only one line of text.");
    assertArticles(
        load(loader, undated, LoadOptions.defaults()).articles,
        "article null none [null] null | null | Only one line of text.");
  }

  @Test
  void emptyFileIsAProblem(@TempDir Path dir) throws IOException {
    Path p = write(dir, "blank.txt", " \r\n\n\t\n");
    CorpusAssertions.Collected c = load(loader, p, LoadOptions.defaults());
    assertEquals(List.of(), c.articles);
    assertEquals(Map.of(ProblemKind.EMPTY_TEXT, 1L), c.problemCounts());
    assertEquals("blank.txt", c.problems.get(0).origin().toString());
  }

  @Test
  void windows1252FallbackAndBom(@TempDir Path dir) throws IOException {
    Path cp1252 = dir.resolve("old.txt");
    Files.write(cp1252, new byte[] {'T', 'h', 'e', ' ', 'W', 'o', 'r', 'k', 'e', 'r', 's', (byte) 0x92, ' ', 'P', 'a', 'r', 't', 'y'});
    assertEquals("The Workers\u2019 Party", load(loader, cp1252, LoadOptions.defaults()).articles.get(0).text());
    Path bom = dir.resolve("bom.txt");
    Files.write(bom, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
    assertEquals("Hi", load(loader, bom, LoadOptions.defaults()).articles.get(0).text());
  }

  @Test
  void bylineRecognition() {
    assertEquals("Un Jong Chol", PageTextLoader.byline("Un Jong Chol"));
    assertEquals("Ri Song Mi", PageTextLoader.byline("By Ri Song Mi"));
    assertNull(PageTextLoader.byline("It ended."));
    assertNull(PageTextLoader.byline("January 26, 2026"));
    assertNull(PageTextLoader.byline("Kim"));
    assertNull(PageTextLoader.byline("The respected Comrade Kim Jong Un visited the farm"));
    assertNull(PageTextLoader.byline("one two"));
  }

  private static String summaryHead(Article a) {
    return a.kind().label() + " " + a.date() + " " + a.dateSource().label();
  }
}
