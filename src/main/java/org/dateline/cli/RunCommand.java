package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.report.ResearchOptions;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.ModelLoader;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachedLanguageIdentifier;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.corenlp.CoreNlpFingerprint;
import org.dateline.annotate.embed.SentenceEncoder;
import org.dateline.annotate.sentiment.NewsModel;
import org.dateline.clean.LinguaLanguageIdentifier;
import org.dateline.model.SentimentEngineId;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.Preflight;
import org.dateline.pipeline.RunResult;
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

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    String inputProblem = Preflight.missingInput(inputs);
    if (inputProblem == null) {
      inputProblem = options.listFileProblem();
    }
    if (inputProblem != null) {
      err.println("dateline: " + inputProblem);
      return 2;
    }
    Path output = options.output();
    Path cachePath = noCache ? null : cacheFile != null ? cacheFile : output.resolve(".cache").resolve("annotations.db");
    String placeProblem = Preflight.outputFolderProblem(output);
    if (placeProblem == null && cachePath != null) {
      placeProblem = Preflight.cacheFileProblem(cachePath);
    }
    if (placeProblem != null) {
      err.println("dateline: " + placeProblem);
      return 2;
    }
    ResearchOptions research = options.research();
    AnnotatorSettings annotatorSettings = options.annotatorSettings();
    String heapProblem = heapProblem(annotatorSettings, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    if (heapProblem != null) {
      err.println("dateline: " + heapProblem);
      return 1;
    }
    LinguaLanguageIdentifier identifier = new LinguaLanguageIdentifier();
    PipelineConfig config = options.pipelineConfig(identifier.supported(),
        threads != null ? threads : cores(), excluded());

    ProgressPrinter progress = new ProgressPrinter(err, options.quiet(), System.console() != null);
    ModelLoader models = new ModelLoader(() -> {
      progress.message(options.loadingMessage());
      return new CoreNlpAnnotator(annotatorSettings, true);
    });
    boolean news = annotatorSettings.activeEngines().contains(SentimentEngineId.NEWS);
    if (news) {
      NewsModel.preload();
    }
    boolean newCache = cachePath != null && Files.notExists(cachePath);
    if (newCache) {
      // Every text will need annotating, so the models load while the cache is made.
      models.start();
    }
    if (news && (cachePath == null || newCache)) {
      // and scoring; a cache that holds the scores spares the encoder
      SentenceEncoder.preload();
    }
    AnnotationCache cache = cachePath == null ? null : AnnotationCache.open(cachePath);
    try {
      if (cache != null && cache.isEmpty()) {
        // Every text will need annotating: load the models while the input is read. A cache with
        // entries may hold every text, and then the models are never loaded.
        models.start();
      }
      Annotator annotator = cache == null ? models.get()
          : new CachingAnnotator(cache, annotatorSettings, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of, models);
      Pipeline pipeline = new Pipeline(config, annotator,
          cache == null ? identifier : new CachedLanguageIdentifier(cache, identifier), progress);
      RunResult result;
      try {
        result = pipeline.run(inputs);
      } catch (NoSuchFileException e) {
        err.println("dateline: no such input: " + e.getFile());
        return 2;
      }
      if (annotator instanceof CachingAnnotator caching) {
        result.counts().add(Counter.CACHE_ENTRIES_UNREADABLE, caching.unreadable());
      }
      List<Path> written = RunReports.write(result, pipeline.settings(), output, research, options.htmlReport());
      RunOptions.printTotals(out, result, config);
      if (annotator instanceof CachingAnnotator caching) {
        out.printf(Locale.ROOT, "annotation cache %s: %d found, %d annotated%s%n",
            cache.file(), caching.hits(), caching.misses(),
            caching.unreadable() == 0 ? "" : " (" + caching.unreadable() + " unreadable entries annotated again)");
      }
      RunOptions.printWritten(out, written);
      return 0;
    } finally {
      if (cache != null) {
        cache.close();
      }
    }
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
    if (noCache && cacheFile != null) {
      throw usage("--no-cache and --cache " + cacheFile + " contradict each other; give one of them");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** What to tell the user when the heap is too small for the settings; null when it is not. */
  static String heapProblem(AnnotatorSettings settings, long maxHeapMiB) {
    return RunOptions.heapProblem(settings, maxHeapMiB);
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
