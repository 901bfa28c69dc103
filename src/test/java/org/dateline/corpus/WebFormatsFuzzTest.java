package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dateline.corpus.html.HtmlLoader;
import org.dateline.corpus.warc.WarcLoader;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The fuzzing of {@link LoaderFuzzTest} over the HTML and WARC readers: pages and archives cut
 * short, with flipped bytes, stray markup and random bytes, from a fixed seed. The properties: the
 * loader lets no exception but {@link IOException} escape and names its file in every origin;
 * read by {@link CorpusReader} beside a good file, nothing escapes at all and the good file's
 * record is read.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class WebFormatsFuzzTest {

  static final String HTML = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Road reopens</title>"
      + "<meta property=\"article:published_time\" content=\"2024-03-01T10:00:00Z\">"
      + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Road reopens\","
      + " \"datePublished\": \"2024-03-01\", \"author\": {\"name\": \"Ann Lee\"}}</script></head>"
      + "<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article><h1>Road reopens</h1>"
      + "<p>The caf\u00e9 on the harbour road reopened on Monday, after a winter of repairs.</p>"
      + "<p>Its owner said the wait had been long, but the new terrace was worth it.</p>"
      + "<time datetime=\"2024-03-01\">1 March</time><figure><figcaption>The terrace</figcaption></figure>"
      + "</article></main><footer>\u00a9 Gazette</footer></body></html>";

  @TempDir Path dir;

  @Test
  void htmlPages() throws IOException {
    fuzz(new HtmlLoader(LoaderFuzzTest.DATES), HTML.getBytes(StandardCharsets.UTF_8), "page.html");
  }

  @Test
  void webArchives() throws IOException {
    fuzz(new WarcLoader(LoaderFuzzTest.DATES), archive(WarcCompression.NONE), "crawl.warc");
  }

  @Test
  void compressedWebArchives() throws IOException {
    fuzz(new WarcLoader(LoaderFuzzTest.DATES), archive(WarcCompression.GZIP), "crawl.warc.gz");
  }

  /** Every cut of an archive: a crawl that stopped mid-write. */
  @Test
  void archivesCutAtEveryTenthByte() throws IOException {
    byte[] whole = archive(WarcCompression.GZIP);
    Path good = Files.writeString(dir.resolve("good.txt"), "Rain fell on the harbour all day.\n");
    for (int cut = 0; cut < whole.length; cut += 10) {
      readBeside(java.util.Arrays.copyOf(whole, cut), "cut.warc.gz", good);
    }
  }

  private byte[] archive(WarcCompression compression) throws IOException {
    Path file = dir.resolve("seed-" + compression + ".warc");
    Files.deleteIfExists(file);
    Instant crawl = Instant.parse("2025-06-01T12:00:00Z");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        compression)) {
      w.write(new WarcRequest.Builder("https://gazette.example/road").date(crawl)
          .body(new HttpRequest.Builder("GET", "/road").build()).build());
      w.write(new WarcResponse.Builder("https://gazette.example/road").date(crawl)
          .body(new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html; charset=utf-8"), HTML.getBytes(StandardCharsets.UTF_8)).build())
          .build());
      w.write(new WarcResponse.Builder("https://gazette.example/2023/05/06/mill").date(crawl.plusSeconds(9))
          .body(new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html"), HTML.replace("harbour", "river").getBytes(StandardCharsets.UTF_8))
              .build())
          .build());
    }
    return Files.readAllBytes(file);
  }

  private void fuzz(Loader loader, byte[] seed, String name) throws IOException {
    Random random = new Random(LoaderFuzzTest.SEED ^ name.hashCode());
    Path file = dir.resolve(name);
    Path good = Files.writeString(dir.resolve("good.txt"), "Rain fell on the harbour all day.\n");
    int runs = LoaderFuzzTest.RUNS_PER_LOADER / 4;
    for (int i = 0; i < runs; i++) {
      byte[] input = LoaderFuzzTest.mutate(seed, random);
      Files.write(file, input);
      LoaderFuzzTest.check(loader, file, input);
      readBeside(input, name, good);
    }
  }

  /** Reads the input and a good file together: nothing escapes, the good file's record is read. */
  private void readBeside(byte[] input, String name, Path good) throws IOException {
    Path bad = dir.resolve("a-" + name);
    Files.write(bad, input);
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    try {
      new CorpusReader(LoadOptions.defaults(), LoaderFuzzTest.DATES).read(List.of(bad, good), sink);
    } catch (RuntimeException | IOException | StackOverflowError e) {
      fail("reading " + name + " threw on " + LoaderFuzzTest.escape(input), e);
    }
    List<Article> fromGood = sink.articles.stream().filter(a -> a.origin().file().equals(good.toString())).toList();
    assertEquals(1, fromGood.size(), "the good file's record after " + LoaderFuzzTest.escape(input));
    for (Problem p : sink.problems) {
      assertTrue(p.origin().file().equals(bad.toString()), p.toString());
    }
  }
}
