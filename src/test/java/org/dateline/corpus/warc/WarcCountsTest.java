package org.dateline.corpus.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.dateline.corpus.CorpusAssertions;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.DateParser;
import org.dateline.corpus.InputFile;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.RecordLimit;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * What an archive held besides pages is counted in its manifest entry by type, not listed as
 * problems; the crawl's first and last {@code WARC-Date} are kept there; a payload past the
 * record limit is one {@code too_large} row and the records after it are read.
 */
class WarcCountsTest {

  @TempDir Path dir;

  private static final DateParser DATES =
      new DateParser(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);

  private static byte[] page(String text) {
    return ("<html><head><meta name=\"date\" content=\"2024-03-01\"></head><body><article><p>" + text
        + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
  }

  private static HttpResponse http(String type, byte[] body) {
    return new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
  }

  @Test
  void recordsAreCountedByTypeWithTheCrawlsFirstAndLastDate() throws IOException {
    Path file = dir.resolve("crawl.warc.gz");
    Instant t0 = Instant.parse("2025-06-01T12:00:00Z");
    String road = "The harbour road reopened on Monday after a winter of repairs and a long wait for the town.";
    String mill = "The old mill by the river was sold to the county on Tuesday for a museum of local crafts.";
    String hall = "The town hall clock was wound again on Friday after standing still for nine long years.";
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      w.write(new Warcinfo.Builder().date(t0.plusSeconds(5)).fields(Map.of("software", List.of("test"))).build());
      w.write(new WarcRequest.Builder("https://gazette.example/road").date(t0.plusSeconds(10))
          .body(new HttpRequest.Builder("GET", "/road").build()).build());
      w.write(new WarcResponse.Builder("https://gazette.example/road").date(t0.plusSeconds(10))
          .body(http("text/html; charset=utf-8", page(road))).build());
      w.write(new WarcResponse.Builder("https://gazette.example/logo.png").date(t0)
          .body(http("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})).build());
      w.write(new WarcResponse.Builder("https://gazette.example/big").date(t0.plusSeconds(20))
          .body(http("text/html", page("word ".repeat(300_000)))).build());
      w.write(new WarcMetadata.Builder().targetURI("https://gazette.example/road").date(t0.plusSeconds(30))
          .body(MediaType.parse("application/warc-fields"), "outlinks: none\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      w.write(new WarcRevisit.Builder(URI.create("https://gazette.example/road")).date(t0.plusSeconds(40)).build());
      w.write(new WarcResource.Builder(URI.create("file:///mill.html")).date(t0.plusSeconds(50))
          .body(MediaType.HTML, page(mill)).build());
      w.write(new WarcResponse.Builder("https://gazette.example/hall").date(t0.plusSeconds(60))
          .body(http("text/html", page(hall))).build());
      w.write(new WarcResponse.Builder("https://gazette.example/app.js").date(t0.plusSeconds(70))
          .body(http("application/javascript", "var a = 1;".getBytes(StandardCharsets.US_ASCII))).build());
    }
    CorpusAssertions.Collected sink = new CorpusAssertions.Collected();
    List<InputFile> files = new CorpusReader(LoadOptions.defaults().withMaxRecordChars(RecordLimit.chars(1)), DATES)
        .read(List.of(file), sink);
    assertEquals(List.of(road, mill, hall), sink.articles.stream().map(Article::text).toList());
    assertEquals(List.of(ProblemKind.TOO_LARGE), sink.problems.stream().map(Problem::kind).toList());
    InputFile in = files.get(0);
    assertEquals("warc", in.format());
    assertEquals(3, in.records());
    assertEquals(1, in.problems());
    InputFile.Archive archive = in.archive();
    assertEquals(Map.of("warcinfo", 1L, "request", 1L, "response", 5L, "metadata", 1L, "revisit", 1L, "resource", 1L),
        archive.recordTypes());
    assertEquals(Map.of("image/png", 1L, "application/javascript", 1L), archive.passedOver());
    assertEquals(t0, archive.firstCrawl());
    assertEquals(t0.plusSeconds(70), archive.lastCrawl());
  }

  @Test
  void otherFilesHaveNoArchiveSummary() throws IOException {
    Path txt = Files.writeString(dir.resolve("a.txt"), "Rain fell on the harbour all day.\n");
    List<InputFile> files = new CorpusReader(LoadOptions.defaults(), DATES).read(List.of(txt),
        new CorpusAssertions.Collected());
    assertEquals(null, files.get(0).archive());
  }
}
