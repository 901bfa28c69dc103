package org.dateline.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes {@code manifest.json} atomically (see {@link AtomicFiles}).
 *
 * <p>The JSON is pretty-printed with two-space indents and {@code \n} line endings whatever the
 * platform, keys come in a fixed order, and settings, counts and timings are objects whose keys
 * keep the manifest's list order; so the same {@link Manifest} always gives the same bytes:
 *
 * <pre>
 * {
 *   "program": "dateline",
 *   "version": "0.1.0",
 *   "corenlp_version": "4.5.10",
 *   "started": "2026-02-01T10:00:00Z",
 *   "finished": "2026-02-01T10:05:00Z",
 *   "settings": { "period": "day", ... },
 *   "inputs": [ { "path": ..., "bytes": ..., "sha256": ..., "format": ..., "records": ..., "problems": ... } ],
 *   "counts": { "read": 2111, ... },
 *   "timings_ms": { "load": 1200, ... }
 * }
 * </pre>
 *
 * <p>Thread-safe: instances are immutable.
 */
public final class ManifestWriter {
  public static final String FILE_NAME = "manifest.json";

  // Thread-safe once configured; one factory for all writers.
  private static final JsonFactory JSON = new JsonFactory();

  private final Path outputDir;

  public ManifestWriter(Path outputDir) {
    this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
  }

  /** Writes {@value #FILE_NAME} in the output directory; returns its path. */
  public Path write(Manifest manifest) throws IOException {
    Objects.requireNonNull(manifest, "manifest");
    return AtomicFiles.write(outputDir.resolve(FILE_NAME), out -> print(manifest, out));
  }

  /** Prints the manifest JSON, ending with a line break, to {@code out}; flushes, does not close. */
  public static void print(Manifest manifest, Writer out) throws IOException {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      g.writeStringField("program", manifest.program());
      g.writeStringField("version", manifest.version());
      g.writeStringField("corenlp_version", manifest.corenlpVersion());
      g.writeStringField("started", manifest.started().toString());
      g.writeStringField("finished", manifest.finished().toString());
      g.writeObjectFieldStart("settings");
      for (Manifest.Setting s : manifest.settings()) {
        g.writeStringField(s.name(), s.value());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("inputs");
      for (Manifest.InputRecord in : manifest.inputs()) {
        g.writeStartObject();
        g.writeStringField("path", in.path());
        g.writeNumberField("bytes", in.bytes());
        g.writeStringField("sha256", in.sha256());
        g.writeStringField("format", in.format());
        g.writeNumberField("records", in.records());
        g.writeNumberField("problems", in.problems());
        if (!in.recordPaths().isEmpty()) {
          g.writeArrayFieldStart("records_at");
          for (String path : in.recordPaths()) {
            g.writeString(path);
          }
          g.writeEndArray();
        }
        if (in.dateFieldDetected() != null) {
          g.writeStringField("date_field_detected", in.dateFieldDetected());
        }
        writeArchive(g, in.archive());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (!manifest.dictionaries().isEmpty()) {
        g.writeArrayFieldStart("dictionaries");
        for (Manifest.DictionaryRecord d : manifest.dictionaries()) {
          g.writeStartObject();
          g.writeStringField("name", d.name());
          g.writeStringField("sha256", d.sha256());
          g.writeStringField("format", d.format());
          g.writeNumberField("categories", d.categories());
          g.writeNumberField("entries", d.entries());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeObjectFieldStart("counts");
      for (Manifest.Count c : manifest.counts()) {
        g.writeNumberField(c.name(), c.value());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("timings_ms");
      for (Manifest.Timing t : manifest.timings()) {
        g.writeNumberField(t.name(), t.millis());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
    }
    out.write('\n');
    out.flush();
  }

  // Jackson's default indenter uses the platform line separator; fixing it to \n keeps the
  // bytes the same on every system.
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** A web archive's records by type, those passed over by payload type, and the crawl's dates. */
  private static void writeArchive(JsonGenerator g, org.dateline.corpus.InputFile.Archive archive) throws IOException {
    if (archive == null) {
      return;
    }
    g.writeObjectFieldStart("warc_records");
    for (var e : archive.recordTypes().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("warc_passed_over");
    for (var e : archive.passedOver().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    if (archive.firstCrawl() != null) {
      g.writeStringField("crawl_first", archive.firstCrawl().toString());
      g.writeStringField("crawl_last", archive.lastCrawl().toString());
    }
  }
}
