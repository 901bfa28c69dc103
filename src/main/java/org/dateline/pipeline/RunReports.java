package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.corpus.InputFile;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.Manifest;
import org.dateline.report.ManifestWriter;

/**
 * Writes a run's tables and its manifest. Each file is written atomically; the manifest
 * comes last, so a folder whose manifest is newer than its tables holds a complete run.
 */
public final class RunReports {

  /** The program name written to the manifest. */
  public static final String PROGRAM = "dateline";

  private RunReports() {}

  /** Writes every report of {@code result} to {@code outputDir}; returns the files written. */
  public static List<Path> write(RunResult result, Pipeline pipeline, Path outputDir) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(outputDir, "outputDir");
    long t0 = System.nanoTime();
    CsvReportWriter csv = new CsvReportWriter(outputDir);
    List<Path> written = new ArrayList<>();
    written.add(csv.writeDocuments(result.documents()));
    written.add(csv.writeTerms(result.tables().terms().rows()));
    written.add(csv.writeEntities(result.tables().entities().rows()));
    written.add(csv.writeSentiment(result.tables().sentiment().rows()));
    written.add(csv.writeProblems(result.problems()));
    long reportMillis = (System.nanoTime() - t0) / 1_000_000;
    written.add(new ManifestWriter(outputDir).write(manifest(result, pipeline, reportMillis)));
    return written;
  }

  static Manifest manifest(RunResult result, Pipeline pipeline, long reportMillis) {
    PipelineConfig config = pipeline.config();
    AnnotatorSettings annotator = pipeline.annotator().settings();
    AggregateSettings aggregate = config.aggregate();
    List<Manifest.Setting> settings = List.of(
        new Manifest.Setting("layers", annotator.layers().label()),
        new Manifest.Setting("profile", annotator.profile().label()),
        new Manifest.Setting("max_parse_length", Integer.toString(annotator.maxParseLength())),
        new Manifest.Setting("period", aggregate.period().label()),
        new Manifest.Setting("terms", aggregate.lemma() ? "lemmas" : "word forms"),
        new Manifest.Setting("stopwords", aggregate.stopwords().description()),
        new Manifest.Setting("languages", String.join(",", config.languages().stream().sorted().toList())),
        new Manifest.Setting("threads", Integer.toString(config.threads())),
        new Manifest.Setting("date", config.load().date() == null ? "" : config.load().date().toString()),
        new Manifest.Setting("source", config.load().source() == null ? "" : config.load().source()),
        new Manifest.Setting("fields", config.load().fields().toString()),
        new Manifest.Setting("engine", pipeline.annotator().engineVersion()),
        new Manifest.Setting("java", System.getProperty("java.version")),
        new Manifest.Setting("max_heap_mib", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024))));

    List<Manifest.InputRecord> inputs = new ArrayList<>();
    for (InputFile f : result.inputs()) {
      inputs.add(new Manifest.InputRecord(f.path(), f.bytes(), f.sha256(), f.format(), f.records(), f.problems()));
    }

    List<Manifest.Count> counts = new ArrayList<>();
    counts.add(new Manifest.Count("documents", result.documents().size()));
    counts.add(new Manifest.Count("problems", result.problems().size()));
    List<Manifest.Timing> timings = new ArrayList<>();
    for (RunCounts.Entry e : result.counts().entries()) {
      if (e.name().startsWith("time_")) {
        timings.add(new Manifest.Timing(e.name().substring(5, e.name().length() - 3), e.value()));
      } else {
        counts.add(new Manifest.Count(e.name(), e.value()));
      }
    }
    timings.add(new Manifest.Timing("run", result.elapsed().toMillis()));
    timings.add(new Manifest.Timing("report", reportMillis));
    Instant finished = Instant.now();
    String version = RunReports.class.getPackage().getImplementationVersion();
    return new Manifest(PROGRAM, version == null ? "dev" : version, annotatorEngineVersion(pipeline),
        settings, inputs, counts, timings, result.started(), finished);
  }

  private static String annotatorEngineVersion(Pipeline pipeline) {
    String engine = pipeline.annotator().engineVersion();
    int space = engine.lastIndexOf(' ');
    return space < 0 ? engine : engine.substring(space + 1);
  }
}
