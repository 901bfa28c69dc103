package org.dateline.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.corpus.InputFile;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.ProblemEffect;
import org.dateline.model.ProblemSummary;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.RunCounts;
import org.dateline.pipeline.RunResult;
import org.dateline.pipeline.RunSettings;
import org.dateline.pipeline.StageTimings;
import org.dateline.report.html.CsvTable;
import org.dateline.report.html.HtmlReport;

/**
 * Writes a run's tables and its manifest so that a reader, or a run killed at any moment
 * (even with SIGKILL), never leaves a half-written table or a folder whose manifest describes
 * tables it does not hold.
 *
 * <p>How: every file is first written completely (and forced to disk) into a fresh hidden
 * staging folder {@code .dateline-staging-<random>} inside the output folder. Only then are
 * the files moved into the output folder by renames on the same file system: the old
 * {@code manifest.json} is removed first, then each table is renamed over its old version,
 * and the new {@code manifest.json} is renamed into place last. So, at every moment:
 *
 * <ul>
 *   <li>each CSV file in the output folder is complete (a rename replaces it whole);
 *   <li>while {@code manifest.json} is present, every table beside it belongs to the run it
 *       describes: before the renames start, the previous run's complete reports are
 *       untouched; after the last rename, the new ones are all in place;
 *   <li>only a kill during the renames themselves (a few milliseconds) leaves the folder
 *       without {@code manifest.json}; its tables may then come from two runs, and the missing
 *       manifest says so. Re-run to complete it (the annotation cache makes that quick).
 * </ul>
 *
 * <p>Staging folders left by killed runs are removed by the next write. Two runs writing to
 * the same output folder at the same time are not supported.
 */
public final class RunReports {

  /** The program name written to the manifest. */
  public static final String PROGRAM = "dateline";

  /** Name prefix of the staging folders; hidden, so a walk of the output folder skips them. */
  static final String STAGING_PREFIX = ".dateline-staging-";

  private RunReports() {}

  /** Reports that a run may leave out; an older copy is removed when the new run does. */
  static final List<String> OPTIONAL_FILES = Stream.concat(Stream.of(ResearchReportWriter.KEYNESS_FILE,
      ResearchReportWriter.BURSTS_FILE, ResearchReportWriter.COOCCURRENCE_FILE,
      ResearchReportWriter.COLLOCATIONS_FILE, HtmlReport.FILE_NAME, CsvReportWriter.NEAR_DUPLICATES_FILE,
      TopicReports.TOPICS_FILE, TopicReports.TOPICS_BY_DATE_FILE, TopicReports.DOCUMENT_TOPICS_FILE),
      DictionaryReportWriter.FILES.stream()).toList();

  /**
   * Writes every report of {@code result} to {@code outputDir} as described above; returns the
   * files written, the manifest last.
   */
  public static List<Path> write(RunResult result, RunSettings settings, Path outputDir) throws IOException {
    return write(result, settings, outputDir, ResearchOptions.defaults());
  }

  /** As {@link #write(RunResult, RunSettings, Path, ResearchOptions, boolean)}, with {@code report.html}. */
  public static List<Path> write(RunResult result, RunSettings settings, Path outputDir, ResearchOptions research)
      throws IOException {
    return write(result, settings, outputDir, research, true);
  }

  /**
   * As {@link #write(RunResult, RunSettings, Path)}, with the research tables made as {@code research} says and
   * {@code report.html} written only when {@code htmlReport} is true.
   */
  public static List<Path> write(RunResult result, RunSettings settings, Path outputDir, ResearchOptions research,
      boolean htmlReport) throws IOException {
    Objects.requireNonNull(research, "research");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(outputDir, "outputDir");
    long t0 = System.nanoTime();
    Files.createDirectories(outputDir);
    removeStaleStaging(outputDir);
    Path staging = Files.createTempDirectory(outputDir, STAGING_PREFIX);
    try {
      List<TableFile<?, ?>> tables = new ArrayList<>(runTables(result, research));
      if (settings.pipeline().nearDuplicates().enabled()) {
        tables.add(new TableFile<>(CsvReportWriter.NEAR_DUPLICATES_FILE, NearDuplicateColumn.class,
            () -> result.nearDuplicates().members()));
      }
      tables.addAll(DictionaryReportWriter.tables(result.tables(),
          settings.annotator().layers().includes(org.dateline.annotate.Layers.ENTITIES), research.minCount()));
      int firstResearch = tables.size();
      tables.addAll(ResearchReportWriter.tables(result.tables(), research));
      int firstTopic = tables.size();
      TopicReports topics = TopicReports.of(result, settings.pipeline().threads());
      if (topics != null) {
        tables.addAll(topics.tables());
      }
      List<TableFile.Written> done = writeTables(tables, staging, htmlReport, settings.pipeline().threads(),
          () -> result.tables().resolvedEntities(), AFTER_RESOLUTION);
      List<Path> staged = new ArrayList<>(done.stream().map(TableFile.Written::path).toList());
      long researchNanos = done.subList(firstResearch, firstTopic).stream().mapToLong(TableFile.Written::nanos).sum();
      long reportMillis = (System.nanoTime() - t0) / 1_000_000;
      Manifest manifest0 = DictionaryReportWriter.manifest(ResearchManifest.extend(manifest(result, settings, reportMillis),
          result.tables(), research, researchNanos / 1_000_000), settings.pipeline().aggregate().dictionaries());
      String manifestJson = manifestJson(topics == null ? manifest0 : topics.extend(manifest0));
      Path manifest = AtomicFiles.write(staging.resolve(ManifestWriter.FILE_NAME), out -> out.write(manifestJson));
      if (htmlReport) {
        staged.add(writePage(staging, manifestJson, done));
      }
      return publish(staged, manifest, outputDir);
    } finally {
      deleteTree(staging);
    }
  }

  /**
   * The tables of entities wait for one resolution of the run's names, the longest single step;
   * it starts first, and those tables are made last, so the other threads need not wait.
   */
  private static final Set<String> AFTER_RESOLUTION = Set.of(CsvReportWriter.ENTITIES_FILE,
      CsvReportWriter.ENTITY_SENTIMENT_FILE, ResearchReportWriter.COOCCURRENCE_FILE);

  /** The run's own tables, without the research tables. */
  private static List<TableFile<?, ?>> runTables(RunResult result, ResearchOptions research) {
    return List.of(
        new TableFile<>(CsvReportWriter.DOCUMENTS_FILE, DocumentColumn.class, result::documents),
        new TableFile<>(CsvReportWriter.TERMS_FILE, TermColumn.class, () -> result.tables().terms().rows()),
        new TableFile<>(CsvReportWriter.ENTITIES_FILE, EntityColumn.class,
            () -> result.tables().entities().rows()),
        new TableFile<>(CsvReportWriter.SENTIMENT_FILE, SentimentColumn.class,
            () -> result.tables().sentiment().rows()),
        new TableFile<>(CsvReportWriter.ENTITY_SENTIMENT_FILE, EntitySentimentColumn.class,
            () -> result.tables().resolvedEntities().sentiment().rows(research.minCount())),
        new TableFile<>(CsvReportWriter.PROBLEMS_FILE, ProblemColumn.class, result::problems));
  }

  private static String manifestJson(Manifest manifest) throws IOException {
    StringWriter json = new StringWriter();
    ManifestWriter.print(manifest, json);
    return json.toString();
  }

  /**
   * Writes the page from the cells just written and the manifest's text, so it shows exactly
   * what lands beside it, without reading the files back.
   */
  private static Path writePage(Path staging, String manifestJson, List<TableFile.Written> tables)
      throws IOException {
    Map<String, CsvTable> cells = new HashMap<>();
    for (TableFile.Written w : tables) {
      cells.put(w.path().getFileName().toString(), w.table());
    }
    return HtmlReport.write(staging, manifestJson, cells);
  }

  /**
   * Moves the staged files into {@code outputDir}, as the class comment describes: the old
   * manifest goes first and the new one comes last. Returns the files' new paths, the manifest last.
   */
  private static List<Path> publish(List<Path> staged, Path manifest, Path outputDir) throws IOException {
    Files.deleteIfExists(outputDir.resolve(ManifestWriter.FILE_NAME));
    // A report this run leaves out (--no-research-tables, --no-report) must not stay behind
    // from an earlier run, or the folder would hold files the new manifest does not describe.
    for (String name : OPTIONAL_FILES) {
      if (staged.stream().noneMatch(f -> f.getFileName().toString().equals(name))) {
        Files.deleteIfExists(outputDir.resolve(name));
      }
    }
    List<Path> written = new ArrayList<>();
    for (Path file : staged) {
      written.add(moveInto(file, outputDir));
    }
    written.add(moveInto(manifest, outputDir));
    return written;
  }

  /**
   * Makes and writes {@code tables} into {@code dir} on up to {@code threads} threads (the
   * research tables take as long as all the others together, and each table is computed and
   * written on its own); returns what was written, in the order of {@code tables}. With more
   * than one thread, {@code first} runs before any table, and the tables named in {@code last}
   * start after the others.
   */
  private static List<TableFile.Written> writeTables(List<TableFile<?, ?>> tables, Path dir, boolean keepCells,
      int threads, Runnable first, Set<String> last) throws IOException {
    int n = Math.min(Math.max(1, threads), tables.size());
    List<TableFile.Written> out = new ArrayList<>();
    if (n <= 1) {
      for (TableFile<?, ?> t : tables) {
        out.add(t.write(dir, keepCells));
      }
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "dateline-report");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<?> started = pool.submit(first);
      // submitted out of order, collected in order
      List<Future<TableFile.Written>> futures = new ArrayList<>(Collections.nCopies(tables.size(), null));
      for (boolean late : new boolean[] {false, true}) {
        for (int i = 0; i < tables.size(); i++) {
          TableFile<?, ?> t = tables.get(i);
          if (last.contains(t.file()) == late) {
            futures.set(i, pool.submit(() -> t.write(dir, keepCells)));
          }
        }
      }
      started.get();
      for (Future<TableFile.Written> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the reports");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Path moveInto(Path file, Path dir) throws IOException {
    Path target = dir.resolve(file.getFileName().toString());
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  private static void removeStaleStaging(Path outputDir) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(outputDir, STAGING_PREFIX + "*")) {
      for (Path p : stale) {
        deleteTree(p);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static Manifest manifest(RunResult result, RunSettings run, long reportMillis) {
    PipelineConfig config = run.pipeline();
    AnnotatorSettings annotator = run.annotator();
    AggregateSettings aggregate = config.aggregate();
    List<Manifest.Setting> settings = List.of(
        new Manifest.Setting("layers", annotator.layers().label()),
        new Manifest.Setting("profile", annotator.profile().label()),
        new Manifest.Setting("max_parse_length", Integer.toString(annotator.maxParseLength())),
        new Manifest.Setting("sentiment", String.join(",",
            annotator.activeEngines().stream().map(SentimentEngineId::label).toList())),
        new Manifest.Setting("period", aggregate.period().label()),
        new Manifest.Setting("terms", aggregate.lemma() ? "lemmas" : "word forms"),
        new Manifest.Setting("stopwords", aggregate.stopwords().description()),
        new Manifest.Setting("languages", String.join(",", config.languages().stream().sorted().toList())),
        new Manifest.Setting("threads", Integer.toString(config.threads())),
        new Manifest.Setting("date", config.load().date() == null ? "" : config.load().date().toString()),
        new Manifest.Setting("source", config.load().source() == null ? "" : config.load().source()),
        new Manifest.Setting("timezone", config.load().zone().getId()),
        new Manifest.Setting("fields", config.load().fields().toString()),
        new Manifest.Setting("delimiter", config.load().delimiter() == null ? ""
            : config.load().delimiter() == '\t' ? "tab" : config.load().delimiter().toString()),
        new Manifest.Setting("date_order", config.load().dateOrder() == null ? "" : config.load().dateOrder().label()),
        new Manifest.Setting("split_glued_names",
            config.gluedNames() == null ? "off" : String.join(";", config.gluedNames().names())),
        new Manifest.Setting("near_duplicates", config.nearDuplicates().description()),
        new Manifest.Setting("engine", run.engine().display()),
        new Manifest.Setting("java", System.getProperty("java.version")),
        new Manifest.Setting("max_heap_mib", Long.toString(Runtime.getRuntime().maxMemory() / (1024 * 1024))));
    settings = withExecution(settings, run);

    List<Manifest.InputRecord> inputs = new ArrayList<>();
    for (InputFile f : result.inputs()) {
      inputs.add(new Manifest.InputRecord(f.path(), f.bytes(), f.sha256(), f.format(), f.records(), f.problems(), f.recordPaths(),
          f.dateFieldDetected(), f.archive()));
    }

    List<Manifest.Count> counts = new ArrayList<>();
    counts.add(new Manifest.Count("documents", result.documents().size()));
    counts.add(new Manifest.Count("problems", result.problems().size()));
    ProblemSummary problems = ProblemSummary.of(result.problems());
    counts.add(new Manifest.Count("records_skipped", problems.count(ProblemEffect.SKIPPED)));
    counts.add(new Manifest.Count("records_repaired", problems.count(ProblemEffect.REPAIRED)));
    counts.add(new Manifest.Count("notes", problems.count(ProblemEffect.KEPT)));
    for (RunCounts.Entry e : result.counts().entries()) {
      counts.add(new Manifest.Count(e.name(), e.value()));
    }
    List<Manifest.Timing> timings = new ArrayList<>();
    for (StageTimings.Entry e : result.timings().entries()) {
      timings.add(new Manifest.Timing(e.stage().label(), e.millis()));
    }
    timings.add(new Manifest.Timing("run", result.elapsed().toMillis()));
    timings.add(new Manifest.Timing("report", reportMillis));
    Instant finished = Instant.now();
    String version = RunReports.class.getPackage().getImplementationVersion();
    return new Manifest(PROGRAM, version == null ? "dev" : version, run.engine().version(),
        settings, inputs, counts, timings, result.started(), finished);
  }

  /** The settings with where the run ran after {@code threads}, where a reader looks for it. */
  private static List<Manifest.Setting> withExecution(List<Manifest.Setting> settings, RunSettings run) {
    List<Manifest.Setting> out = new ArrayList<>();
    for (Manifest.Setting s : settings) {
      out.add(s);
      if (s.name().equals("threads")) {
        run.execution().settings().forEach(e -> out.add(new Manifest.Setting(e.getKey(), e.getValue())));
      }
    }
    return out;
  }
}
