package org.dateline.corpus.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.DateParser;
import org.dateline.corpus.CorpusAssertions;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.TextInput;
import org.dateline.model.Article;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcLoaderTest {

  @TempDir Path dir;

  private static final DateParser DATES =
      new DateParser(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);

  private static final String TEXT =
      "The caf\u00e9 on the harbour road reopened on Monday, after a winter of repairs and a long wait.";
  private static final String PAGE = "<html><head><meta property=\"article:published_time\" content=\"2024-03-01\">"
      + "</head><body><nav><a href=/>Home</a></nav><article><p>" + TEXT + "</p></article></body></html>";

  /** Everything the loader gives, in order. */
  private static final class Sink extends CorpusAssertions.Collected {}

  private Path archive(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      Instant crawl = Instant.parse("2025-06-01T12:00:00Z");
      w.write(new WarcRequest.Builder("https://gazette.example/road")
          .date(crawl).body(new HttpRequest.Builder("GET", "/road").build()).build());
      w.write(new WarcResponse.Builder("https://gazette.example/road").date(crawl)
          .body(new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html; charset=windows-1252"), PAGE.getBytes(Charset.forName("windows-1252")))
              .build())
          .build());
      w.write(new WarcResponse.Builder("https://gazette.example/logo.png").date(crawl)
          .body(new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2})
              .build())
          .build());
      w.write(new WarcResponse.Builder("https://gazette.example/2023/05/06/other").date(crawl)
          .body(new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html"), ("<html><body><p>" + TEXT.replace("Monday", "Tuesday")
                  + "</p></body></html>").getBytes(StandardCharsets.UTF_8))
              .build())
          .build());
    }
    return file;
  }

  @Test
  void htmlResponsesBecomePagesDatedByThePageNotTheCrawl() throws IOException {
    for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
      Path file = archive(name, compression);
      Sink sink = new Sink();
      new CorpusReader(LoadOptions.defaults(), DATES).read(List.of(file), sink);
      assertEquals(List.of(), sink.problems, name);
      assertEquals(2, sink.articles.size(), name);
      Article a = sink.articles.get(0);
      assertEquals(TEXT, a.text());
      assertEquals(LocalDate.of(2024, 3, 1), a.date());
      assertEquals(DateSource.HTML_META, a.dateSource());
      assertEquals("https://gazette.example/road", a.url());
      assertEquals(Origin.Unit.BYTE, a.origin().unit());
      assertTrue(a.origin().position() > 0, a.origin().toString());
      assertEquals(file.toString() + "@" + a.origin().position(), a.origin().toString());
      Article b = sink.articles.get(1);
      assertEquals(LocalDate.of(2023, 5, 6), b.date());
      assertEquals(DateSource.URL, b.dateSource());
    }
  }

  @Test
  void aPageGivesTheSameTextAndDateFromAFileAndFromAnArchive() throws IOException {
    Path html = Files.write(dir.resolve("road.html"), PAGE.getBytes(StandardCharsets.UTF_8));
    Sink fromFile = new Sink();
    new CorpusReader(LoadOptions.defaults(), DATES).read(List.of(html), fromFile);
    Sink fromWarc = new Sink();
    new CorpusReader(LoadOptions.defaults(), DATES).read(List.of(archive("c.warc.gz", WarcCompression.GZIP)), fromWarc);
    assertEquals(fromFile.articles.get(0).text(), fromWarc.articles.get(0).text());
    assertEquals(fromFile.articles.get(0).date(), fromWarc.articles.get(0).date());
  }

  @Test
  void brokenArchivesAreProblemsNotFailures() throws IOException {
    byte[] good = Files.readAllBytes(archive("good.warc", WarcCompression.NONE));
    Random random = new Random(7);
    for (int round = 0; round < 100; round++) {
      byte[] bytes = java.util.Arrays.copyOf(good, random.nextInt(good.length));
      if (round % 2 == 0 && bytes.length > 0) {
        for (int k = 0; k < 5; k++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      Sink sink = new Sink();
      new WarcLoader(DATES).load(TextInput.of("fuzz.warc", bytes), LoadOptions.defaults(), sink);
      assertTrue(sink.articles.size() <= 2);
    }
  }
}
