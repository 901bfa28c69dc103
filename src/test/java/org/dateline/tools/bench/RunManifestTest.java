package org.dateline.tools.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.dateline.report.Manifest;
import org.dateline.report.ManifestWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {

  @TempDir Path dir;

  @Test
  void readsTheCountsAndTimingsAManifestWriterWrote() throws IOException {
    Manifest manifest = new Manifest("dateline", "0.1.0", "4.5.10",
        List.of(new Manifest.Setting("threads", "2")),
        List.of(new Manifest.InputRecord("in.json", 10, "ab", "json", 3, 0, List.of("$[0]"))),
        List.of(new Manifest.Count("documents", 76), new Manifest.Count("problems", 27),
            new Manifest.Count("tokens", 18_766)),
        List.of(new Manifest.Timing("aggregate", 36), new Manifest.Timing("run", 19_880)),
        Instant.parse("2026-02-01T10:00:00Z"), Instant.parse("2026-02-01T10:05:00Z"));
    Path written = new ManifestWriter(dir).write(manifest);
    assertEquals(written, RunManifest.in(dir));

    RunManifest read = RunManifest.read(written);

    assertEquals(76, read.documents());
    assertEquals(18_766, read.tokens());
    assertEquals(List.of("documents", "problems", "tokens"), List.copyOf(read.counts().keySet()));
    assertEquals(19_880, read.timingsMillis().get("run"));
    assertEquals(List.of("aggregate", "run"), List.copyOf(read.timingsMillis().keySet()));
  }

  @Test
  void aManifestWithoutTheTokenCountIsRefused() throws IOException {
    Path file = dir.resolve("manifest.json");
    Files.writeString(file, "{\"program\": \"dateline\", \"counts\": {\"documents\": 3}, \"timings_ms\": {}}\n");
    IOException e = assertThrows(IOException.class, () -> RunManifest.read(file));
    assertTrue(e.getMessage().contains("'tokens'"), e.getMessage());
  }
}
