package org.dateline.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestWriterTest {
  private static final Instant START = Instant.parse("2026-02-01T10:00:00Z");
  private static final Instant END = Instant.parse("2026-02-01T10:05:07.250Z");

  @TempDir Path dir;

  private static Manifest small() {
    return new Manifest("dateline", "0.1.0", "4.5.10",
        List.of(new Manifest.Setting("period", "week"), new Manifest.Setting("lemma", "false"),
            new Manifest.Setting("stopwords", "english")),
        List.of(new Manifest.InputRecord("corpora/kcna-2024/kcna.json", 60_123_456L,
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "json", 2111, 1)),
        List.of(new Manifest.Count("read", 2111), new Manifest.Count("skipped.null_record", 1),
            new Manifest.Count("duplicates", 12), new Manifest.Count("undated", 0),
            new Manifest.Count("language.en", 2098)),
        List.of(new Manifest.Timing("load", 1200), new Manifest.Timing("annotate", 298_050)),
        START, END);
  }

  private static String print(Manifest m) throws IOException {
    StringWriter out = new StringWriter();
    ManifestWriter.print(m, out);
    return out.toString();
  }

  @Test
  void printsKeysInFixedOrder() throws IOException {
    assertEquals("""
        {
          "program": "dateline",
          "version": "0.1.0",
          "corenlp_version": "4.5.10",
          "started": "2026-02-01T10:00:00Z",
          "finished": "2026-02-01T10:05:07.250Z",
          "settings": {
            "period": "week",
            "lemma": "false",
            "stopwords": "english"
          },
          "inputs": [
            {
              "path": "corpora/kcna-2024/kcna.json",
              "bytes": 60123456,
              "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
              "format": "json",
              "records": 2111,
              "problems": 1
            }
          ],
          "counts": {
            "read": 2111,
            "skipped.null_record": 1,
            "duplicates": 12,
            "undated": 0,
            "language.en": 2098
          },
          "timings_ms": {
            "load": 1200,
            "annotate": 298050
          }
        }
        """, print(small()));
  }

  @Test
  void emptyGroupsPrintCompactly() throws IOException {
    Manifest m = new Manifest("dateline", "0.1.0", "4.5.10", List.of(), List.of(), List.of(), List.of(),
        START, START);
    assertEquals("""
        {
          "program": "dateline",
          "version": "0.1.0",
          "corenlp_version": "4.5.10",
          "started": "2026-02-01T10:00:00Z",
          "finished": "2026-02-01T10:00:00Z",
          "settings": {},
          "inputs": [],
          "counts": {},
          "timings_ms": {}
        }
        """, print(m));
  }

  @Test
  void aWebArchiveListsItsRecordsByTypeAndTheCrawlsDates() throws IOException {
    var archive = new org.dateline.corpus.InputFile.Archive(
        java.util.Map.of("response", 3L, "request", 3L, "warcinfo", 1L), java.util.Map.of("image/png", 1L),
        java.time.Instant.parse("2025-06-01T12:00:00Z"), java.time.Instant.parse("2025-06-02T08:30:00Z"));
    Manifest m = new Manifest("dateline", "0.1.0", "4.5.10", List.of(),
        List.of(new Manifest.InputRecord("crawl.warc.gz", 1000L, "ab", "warc", 2, 0, List.of(), null, archive)),
        List.of(), List.of(), START, START);
    String json = print(m);
    assertTrue(json.contains("""
              "warc_records": {
                "request": 3,
                "response": 3,
                "warcinfo": 1
              },
              "warc_passed_over": {
                "image/png": 1
              },
              "crawl_first": "2025-06-01T12:00:00Z",
              "crawl_last": "2025-06-02T08:30:00Z"
        """), json);
  }

  @Test
  void writesTheFileAtomically() throws IOException {
    Path file = new ManifestWriter(dir.resolve("out")).write(small());
    assertEquals(dir.resolve("out/manifest.json"), file);
    assertEquals(print(small()), Files.readString(file));
    try (var files = Files.list(dir.resolve("out"))) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void duplicateNamesAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Manifest(
        "dateline", "0.1.0", "4.5.10", List.of(), List.of(),
        List.of(new Manifest.Count("read", 1), new Manifest.Count("read", 2)), List.of(), START, END));
    assertEquals("counts holds the name 'read' twice; give each entry its own name", e.getMessage());
  }
}
