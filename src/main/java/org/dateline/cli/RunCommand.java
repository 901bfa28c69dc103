package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.corpus.CorpusReader;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.Preflight;
import org.dateline.pipeline.RunResult;
import org.dateline.report.ResearchOptions;
import org.dateline.report.RunReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline run}: the whole pipeline, from input files to report tables. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Loads articles from INPUT files and folders, annotates them with Stanford CoreNLP, and writes",
      "documents.csv, terms_by_date.csv, entities_by_date.csv, sentiment_by_date.csv,",
      "entity_sentiment_by_date.csv, keyness_by_date.csv, bursts.csv, cooccurrence_by_date.csv, collocations.csv,",
      "errors.csv, report.html and manifest.json to the output folder.",
      "The sentiment layer (the default) needs about 4 GB of heap: use the dateline launcher, or java -Xmx4g."
    },
    sortOptions = false)
final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (walked recursively, in sorted order).")
  List<Path> inputs;

  @CommandLine.Mixin RunOptions options;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads, 1 to 4 per core (default: the number of cores).")
  Integer threads;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Annotation cache (SQLite). Default: OUTPUT/.cache/annotations.db. Unchanged texts are never annotated twice.")
  Path cacheFile;

  @Option(names = "--no-cache", description = "Annotate everything and keep no cache.")
  boolean noCache;

  /** More threads than this per core only add memory and contention: annotation is CPU-bound. */
  static final int MAX_THREADS_PER_CORE = 4;

  private final Assembly assembly;

  RunCommand() {
    this(Assembly.standard());
  }

  RunCommand(Assembly assembly) {
    this.assembly = Objects.requireNonNull(assembly, "assembly");
  }

  @Override
  public Integer call() throws IOException {
    if (!noCache) {
      // First, so that the driver loads while the options are checked and the input is read.
      assembly.preloadCache();
    }
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    String pathProblem = pathProblem();
    if (pathProblem != null) {
      err.println("dateline: " + pathProblem);
      return 2;
    }
    ResearchOptions research = options.research();
    AnnotatorSettings annotatorSettings = options.annotatorSettings();
    String heapProblem = HeapPolicy.problem(annotatorSettings, HeapPolicy.maxHeapMiB());
    if (heapProblem != null) {
      err.println("dateline: " + heapProblem);
      return 1;
    }
    LanguageIdentifier identifier = assembly.languages();
    PipelineConfig config = options.pipelineConfig(identifier.supported(),
        threads != null ? threads : cores(), excluded());
    printNotices(err, config);
    ProgressPrinter progress = new ProgressPrinter(err, options.quiet(), System.console() != null);
    try (OpenModels models = assembly.openRun(annotatorSettings, identifier, cachePath(),
        () -> progress.message(options.loadingMessage()))) {
      return runAndReport(config, research, models, progress);
    }
  }

  /** Runs the pipeline, writes the reports and prints what was done; the exit code. */
  private int runAndReport(PipelineConfig config, ResearchOptions research, OpenModels models,
      ProgressPrinter progress) throws IOException {
    Pipeline pipeline = new Pipeline(config, models.annotator(), models.languages(), progress);
    RunResult result;
    try {
      result = pipeline.run(inputs);
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("dateline: no such input: " + e.getFile());
      return 2;
    }
    models.caching().ifPresent(caching -> result.counts().add(Counter.CACHE_ENTRIES_UNREADABLE, caching.unreadable()));
    List<Path> written = RunReports.write(result, pipeline.settings(), options.output(), research, options.htmlReport());
    PrintWriter out = spec.commandLine().getOut();
    RunSummary.printTotals(out, result, config);
    models.caching().ifPresent(caching -> RunSummary.printCache(out, models.cache().orElseThrow().file(), caching));
    RunSummary.printWritten(out, written);
    RunSummary.printUndated(out, result);
    return 0;
  }

  /**
   * Tells, before any work, what the walk of the inputs passes over that the user may not
   * expect (an earlier output folder, a file named twice); the run's reading passes it over
   * again without a word.
   */
  private void printNotices(PrintWriter err, PipelineConfig config) throws IOException {
    new CorpusReader(config.load()).list(inputs, notice -> err.println("dateline: " + notice));
  }

  private static int cores() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Refuses contradictory or impossible options with one line naming the option (exit 2). */
  private void checkOptions() {
    int maxThreads = MAX_THREADS_PER_CORE * cores();
    if (threads != null && (threads < 1 || threads > maxThreads)) {
      throw usage("--threads must be between 1 and " + maxThreads + " (" + MAX_THREADS_PER_CORE
          + " per core on this machine), was " + threads);
    }
    options.check();
    if (inputs.stream().anyMatch(p -> p.toString().isEmpty())) {
      // Path.of("") is the current folder: "" (an unset shell variable) would read it silently.
      throw usage("an input is an empty path (\"\"); name a file or folder, or . for the current folder");
    }
    if (noCache && cacheFile != null) {
      throw usage("--no-cache and --cache " + cacheFile + " contradict each other; give one of them");
    }
  }

  /**
   * What makes a path the run names unusable (an input or a list file missing, an output folder
   * or cache that cannot be written), checked before anything loads; null when none does.
   */
  private String pathProblem() {
    String problem = Preflight.missingInput(inputs);
    if (problem == null) {
      problem = options.listFileProblem();
    }
    if (problem == null) {
      // The walk passes over the output folder and cache inside an input folder; naming an input itself is refused.
      problem = Preflight.outputAmongInputs("-o", options.output(), inputs, excluded());
    }
    if (problem == null) {
      problem = Preflight.outputFolderProblem(options.output());
    }
    Path cachePath = cachePath();
    if (problem == null && cachePath != null) {
      problem = Preflight.outputAmongInputs("--cache", cachePath, inputs, excluded());
    }
    if (problem == null && cachePath != null) {
      problem = Preflight.cacheFileProblem(cachePath);
    }
    return problem;
  }

  /** The annotation cache, or null for none. */
  private Path cachePath() {
    return noCache ? null : cacheFile != null ? cacheFile : options.output().resolve(".cache").resolve("annotations.db");
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** The output folder and the cache, which a walk of an input folder must never read. */
  private Set<Path> excluded() {
    Set<Path> out = new LinkedHashSet<>();
    out.add(options.output());
    if (cacheFile != null) {
      out.add(cacheFile);
    }
    return out;
  }
}
