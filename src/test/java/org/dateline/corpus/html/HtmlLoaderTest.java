package org.dateline.corpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.dateline.corpus.DateParser;
import org.dateline.corpus.CorpusAssertions;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.TextInput;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;

class HtmlLoaderTest {

  private static final DateParser DATES =
      new DateParser(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);

  private static final String P1 =
      "The city council voted on Monday to widen the harbour road, after a debate that lasted four hours.";
  private static final String P2 =
      "Residents had asked for the change for years, citing the queues of lorries, buses and delivery vans.";
  private static final String P3 =
      "Work begins in spring, the mayor said, and should be finished before the winter storms arrive.";

  /** Everything the loader gives, in order. */
  private static final class Sink extends CorpusAssertions.Collected {}

  private static Sink load(String name, byte[] bytes) throws IOException {
    Sink sink = new Sink();
    new HtmlLoader(DATES).load(TextInput.of(name, bytes), LoadOptions.defaults(), sink);
    return sink;
  }

  private static Sink load(String name, String html) throws IOException {
    return load(name, html.getBytes(StandardCharsets.UTF_8));
  }

  private static final String NAV = "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li>"
      + "<li><a href=/sport>Sport</a></li></ul></nav>";
  private static final String RELATED = "<div class=related-articles><h3>Related</h3><ul>"
      + "<li><a href=/a>Mayor opens the new harbour museum after a long delay, with a speech</a></li>"
      + "<li><a href=/b>Storm damage in the harbour costs the town a large sum, officials say</a></li></ul></div>";
  private static final String COMMENTS = "<div id=comments><h3>Comments</h3>"
      + "<div class=comment><p>I have lived here for thirty years and the road has always been a disgrace, frankly.</p></div>"
      + "<div class=comment><p>About time, although I doubt that it will be finished before the winter, as promised.</p></div></div>";
  private static final String FOOTER = "<footer><p>Copyright 2024 The Harbour Gazette, all rights reserved, since 1902.</p></footer>";
  private static final String SHARE = "<div class=share-buttons><a href=#>Share on Facebook</a> <a href=#>Tweet this story</a></div>";
  private static final String COOKIE = "<div class=cookie-banner><p>We use cookies to improve your experience, and by reading on you accept them.</p></div>";

  @Test
  void anArticleTagPageGivesItsParagraphsAndJsonLdMetadata() throws IOException {
    String html = "<!doctype html><html><head><title>Council widens road | Gazette</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Gazette\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"Council widens the harbour road\",\"datePublished\":\"2024-03-01T09:30:00Z\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"@type\":\"Person\",\"name\":\"Bo Kim\"}]}]}</script>"
        + "<meta property=\"article:published_time\" content=\"2024-02-28\"></head><body>" + NAV + COOKIE
        + "<article><h1>Council widens the harbour road</h1><div class=byline>By Ann Lee and Bo Kim</div>"
        + "<p>" + P1 + "</p><figure><img src=x.jpg><figcaption>The harbour road at dawn, photographed by a reader.</figcaption></figure>"
        + "<p>" + P2 + "</p>" + SHARE + "<p>" + P3 + "</p></article>" + RELATED + COMMENTS + FOOTER + "</body></html>";
    Sink s = load("gazette/road.html", html);
    assertEquals(List.of(), s.problems);
    assertEquals(1, s.articles.size());
    Article a = s.articles.get(0);
    assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
    assertEquals("Council widens the harbour road", a.title());
    assertEquals("Ann Lee; Bo Kim", a.author());
    assertEquals(LocalDate.of(2024, 3, 1), a.date());
    assertEquals(DateSource.HTML_JSONLD, a.dateSource());
    assertEquals("html_jsonld", a.dateSource().label());
    assertEquals("road.html", a.id());
  }

  @Test
  void aDivSoupPageLosesItsNavigationCommentsAndRelatedLists() throws IOException {
    String html = "<html><head><meta property=\"og:title\" content=\"Road to be widened\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-02T08:00:00+00:00\"></head><body>"
        + "<div id=header><div class=menu><a href=/>Home</a> | <a href=/news>News</a> | <a href=/about>About us</a></div></div>"
        + "<div id=wrapper><div class=sidebar><p>Most read: the mayor's cat, the harbour museum, the new ferry timetable.</p></div>"
        + "<div class=story-body><div>" + P1 + "</div><div>" + P2 + "</div><div>" + P3 + "</div>" + SHARE + "</div>"
        + RELATED + COMMENTS + "</div>" + FOOTER + "</body></html>";
    Article a = load("soup.htm", html).articles.get(0);
    assertEquals(P1 + "\n" + P2 + "\n" + P3, a.text());
    assertEquals("Road to be widened", a.title());
    assertEquals(LocalDate.of(2024, 3, 2), a.date());
    assertEquals(DateSource.HTML_META, a.dateSource());
  }

  @Test
  void metaNamesTimeElementsAndTheUrlDateAPage() throws IOException {
    String body = "<p>" + P1 + "</p><p>" + P2 + "</p>";
    Article meta = load("a.html", "<html><head><meta name=\"citation_publication_date\" content=\"2023/11/05\"></head><body>"
        + body + "</body></html>").articles.get(0);
    assertEquals(LocalDate.of(2023, 11, 5), meta.date());
    assertEquals(DateSource.HTML_META, meta.dateSource());
    Article time = load("b.html", "<html><body><article><time datetime=\"2022-06-07T10:00:00Z\">7 June</time>" + body
        + "</article></body></html>").articles.get(0);
    assertEquals(LocalDate.of(2022, 6, 7), time.date());
    assertEquals(DateSource.HTML_TIME, time.dateSource());
    Article url = load("c.html", "<html><head><link rel=canonical href=\"https://example.org/news/2021/04/09/road\"></head><body>"
        + body + "</body></html>").articles.get(0);
    assertEquals(LocalDate.of(2021, 4, 9), url.date());
    assertEquals(DateSource.URL, url.dateSource());
    Article none = load("d.html", "<html><body>" + body + "</body></html>").articles.get(0);
    assertNull(none.date());
    assertEquals(DateSource.NONE, none.dateSource());
  }

  @Test
  void aPageWithoutArticleTextIsOneProblem() throws IOException {
    String index = "<html><body>" + NAV + "<ul class=headlines><li><a href=/1>Council widens the harbour road after a debate</a></li>"
        + "<li><a href=/2>Storm damage in the harbour costs the town dearly</a></li></ul>" + FOOTER + "</body></html>";
    Sink s = load("index.html", index);
    assertEquals(List.of(), s.articles);
    assertEquals(1, s.problems.size());
    assertEquals(ProblemKind.NO_ARTICLE_TEXT, s.problems.get(0).kind());
    Sink login = load("login.html", "<html><body><form><input name=user><button>Log in</button></form></body></html>");
    assertEquals(List.of(), login.articles);
    assertEquals(ProblemKind.NO_ARTICLE_TEXT, login.problems.get(0).kind());
  }

  @Test
  void theCharsetComesFromTheBomThenTheMetaThenTheBytes() throws IOException {
    String text = "Caf\u00e9 owners in Malm\u00f6 welcomed the decision, and the na\u00efve plan was dropped at once.";
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + text + "</p></body></html>";
    assertEquals(text, load("latin.html", page.getBytes(Charset.forName("windows-1252"))).articles.get(0).text());
    String utf8 = page.replace("iso-8859-1", "utf-8");
    assertEquals(text, load("utf8.html", utf8.getBytes(StandardCharsets.UTF_8)).articles.get(0).text());
    String undeclared = "<html><body><p>" + text + "</p></body></html>";
    assertEquals(text, load("plain.html", undeclared.getBytes(Charset.forName("windows-1252"))).articles.get(0).text());
    byte[] bom = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_8);
    assertEquals(text, load("bom.html", bom).articles.get(0).text());
  }

  @Test
  void gzipPagesAreRead() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(("<html><body><p>" + P1 + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(P1, load("page.html.gz", out.toByteArray()).articles.get(0).text());
  }

  @Test
  void randomAndTruncatedMarkupNeverThrows() throws IOException {
    Random random = new Random(19);
    String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<article>", "<script>", "</script>", "<!--", "-->",
        "<a href=x>", "</a>", "<ul><li>", "text, with words ", P1, "<meta charset=utf-16>", "&amp;", "&#0;",
        "<script type=\"application/ld+json\">{\"@type\":[\"NewsArticle\"],\"datePublished\":", "\"2024-13-45\"", "}",
        "<time datetime=\"\">", "<nav class=\"content\">", "<table><tr><td>", "\u0000", "<![CDATA["};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      if (round % 3 == 0 && bytes.length > 0) {
        bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }
      Sink s = load("fuzz.html", bytes);
      assertEquals(1, s.articles.size() + s.problems.size(), sb.toString());
      for (Article a : s.articles) {
        assertFalse(a.text().isBlank());
      }
    }
  }

  @Test
  void urlDatesNeedAYearMonthAndDay() {
    assertEquals("2024-03-01", PageMetadata.urlDate("https://x.org/2024/03/01/story"));
    assertEquals("2019-11-19", PageMetadata.urlDate("https://x.org/story/2019-11-19/disney"));
    assertNull(PageMetadata.urlDate("https://x.org/2024/story"));
    assertTrue(PageMetadata.articles("not json").isEmpty());
  }
}
