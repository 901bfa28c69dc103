package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.SplittingAnnotator;
import org.dateline.annotate.sentiment.NewsScoringAnnotator;
import org.dateline.clean.Deduplicator;
import org.dateline.clean.LanguageFilter;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.near.Fingerprint;
import org.dateline.clean.near.NearDuplicateFinder;
import org.dateline.clean.near.Shingler;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.InputFile;
import org.dateline.corpus.RecordSink;
import org.dateline.model.Article;
import org.dateline.model.Problem;

/**
 * Wires the stages of a run: load, clean and dedup on the calling thread, in input order;
 * language check, annotation and aggregation on worker threads; results put back in input
 * order at the end.
 *
 * <p>Determinism: every record gets a sequence number when it is read; document rows and
 * problems are sorted by it, and the tables are exact integer counts merged from the
 * workers' partials, so the output does not depend on the thread count or on scheduling.
 *
 * <p>Failures: a record the annotator fails on (any exception, or a stack overflow on a
 * freak sentence) becomes an {@code annotation_failed} problem and the run goes on. Running out
 * of memory, a {@code --strict} stop and an annotator that can annotate nothing (its cache
 * broken, its models missing) stop the run with a {@link PipelineException} or the
 * annotator's own exception.
 *
 * <p>A {@code Pipeline} may run several times, one run at a time. The annotator and the
 * language identifier are shared, thread-safe and built by the caller, once.
 */
public final class Pipeline {

  /**
   * Stack of each annotation thread. CoreNLP's parser binarizes the flat placeholder tree it
   * gives a sentence over the parse cap with one nested call per token, so a long "sentence"
   * (random bytes read as text: thousands of tokens without a full stop) overflows the default
   * 1 MiB stack. The longest piece the splitter lets through (20,000 characters, up to 19,999
   * tokens) needs 16 MiB in a cold JVM, whose interpreted frames are the largest; four times that
   * leaves room for other JVMs and flags. A thread only reserves the address space, and touches
   * pages only as deep as its calls go.
   */
  static final long ANNOTATION_STACK_BYTES = 64L * 1024 * 1024;

  private final PipelineConfig config;
  private final Annotator annotator;
  private final LanguageFilter languages;
  private final ProgressListener progress;
  private final long stackBytes;

  public Pipeline(PipelineConfig config, Annotator annotator, LanguageIdentifier languages, ProgressListener progress) {
    this(config, annotator, languages, progress, ANNOTATION_STACK_BYTES);
  }

  /** With another stack size for the workers: tests overflow a small one in milliseconds. */
  Pipeline(PipelineConfig config, Annotator annotator, LanguageIdentifier languages, ProgressListener progress,
      long stackBytes) {
    this.stackBytes = stackBytes;
    this.config = Objects.requireNonNull(config, "config");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.languages = new LanguageFilter(Objects.requireNonNull(languages, "languages"), config.languages());
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  public PipelineConfig config() {
    return config;
  }

  public Annotator annotator() {
    return annotator;
  }

  /** What this pipeline does, for its reports. */
  public RunSettings settings() {
    return new RunSettings(config, annotator.settings(), annotator.engine());
  }

  /**
   * Runs every stage but the report on {@code inputs} (files or folders).
   *
   * @throws IOException when an input does not exist or cannot be listed
   * @throws PipelineException when the run cannot go on (out of memory, a {@code --strict} stop)
   */
  public RunResult run(List<Path> inputs) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    RunCounts counts = new RunCounts();
    // news scores are added outside any cache, from the annotations it holds
    SplittingAnnotator splitting = new SplittingAnnotator(NewsScoringAnnotator.over(annotator));
    AnnotationTask task = new AnnotationTask(config, splitting, languages, counts, progress, t0);
    Reading reading;
    List<PartialResult> partials;
    try (Workers<PartialResult, AnnotationTask.Item> workers = new Workers<>("dateline-annotate",
        config.threads(), stackBytes, () -> PartialResult.empty(config.aggregate()),
        task::process, this::describeFailure)) {
      reading = read(inputs, counts, record -> {
        task.submitted();
        workers.submit(new AnnotationTask.Item(record.seq(), record.value()));
      });
      progress.readingFinished(workers.submitted());
      partials = workers.finish();
    }
    if (splitting.textsSplit() > 0) {
      counts.add(Counter.TEXTS_SPLIT_FOR_ANNOTATION, splitting.textsSplit());
    }
    RunResult result = assemble(config.aggregate(), reading.files(), reading.problems(), partials, counts,
        started, t0, reading.nearDuplicates());
    progress.finished(result.documents().size(), counts.get(Counter.TOKENS), System.nanoTime() - t0);
    return result;
  }

  /** What reading gave: the manifest's files and the problems found before annotation. */
  private record Reading(List<InputFile> files, List<Sequenced<Problem>> problems,
      NearDuplicateFinder.Clusters nearDuplicates) {}

  /**
   * Reads {@code inputs} on the calling thread, cleans each record and passes it through the
   * {@link Intake}, which hands the records to annotate to {@code annotate}.
   */
  private Reading read(List<Path> inputs, RunCounts counts, Consumer<Sequenced<Article>> annotate)
      throws IOException {
    Intake<Article> intake = new Intake<>(config, counts, annotate);
    Shingler shingler = config.nearDuplicates().enabled() ? new Shingler() : null;
    List<InputFile> files = new CorpusReader(config.load()).read(inputs, intakeSink(config, counts, intake, shingler));
    List<Sequenced<Problem>> problems = intake.finish();
    return new Reading(files, problems, intake.nearDuplicates());
  }

  /**
   * The sink that cleans each record read ({@link RecordIntake}) and offers it to {@code intake},
   * with its near-duplicate fingerprint when {@code shingler} is given (may be null).
   */
  static RecordSink intakeSink(PipelineConfig config, RunCounts counts, Intake<Article> intake, Shingler shingler) {
    RecordIntake cleaning = new RecordIntake(config, counts);
    return new RecordSink() {
      @Override
      public void accept(Article raw) {
        RecordIntake.Outcome outcome = cleaning.accept(raw);
        if (outcome.kept()) {
          Article article = outcome.article();
          intake.record(Deduplicator.Key.of(article), article.origin(), article, outcome.problem(),
              shingler == null ? null : Fingerprint.of(article, shingler));
        } else {
          intake.problem(outcome.problem());
        }
      }

      @Override
      public void problem(Problem problem) {
        intake.problem(problem);
      }
    };
  }

  /**
   * Puts a run's shares together: merges the partial tables in the order given, puts document
   * rows and problems (those found while reading and those of the shares) back in input order
   * by their sequence numbers, and counts problems and undated documents into {@code counts}.
   *
   * @param started when the run started
   * @param t0 {@link System#nanoTime()} when the run started, for its duration
   */
  public static RunResult assemble(AggregateSettings aggregate, List<InputFile> files,
      List<Sequenced<Problem>> readProblems, List<PartialResult> partials, RunCounts counts, Instant started,
      long t0) {
    return assemble(aggregate, files, readProblems, partials, counts, started, t0, NearDuplicateFinder.Clusters.none());
  }

  /** As the method above, with the near-duplicate clusters the intake found. */
  public static RunResult assemble(AggregateSettings aggregate, List<InputFile> files,
      List<Sequenced<Problem>> readProblems, List<PartialResult> partials, RunCounts counts, Instant started,
      long t0, NearDuplicateFinder.Clusters nearDuplicates) {
    long aggregateStart = System.nanoTime();
    CorpusTables tables = CorpusTables.empty(aggregate);
    List<Sequenced<Problem>> problems = new ArrayList<>(readProblems);
    List<Sequenced<DocumentRow>> docs = new ArrayList<>();
    for (PartialResult p : partials) {
      tables = tables.merge(p.tables());
      problems.addAll(p.problems());
      docs.addAll(p.documents());
    }
    List<Problem> problemsInOrder = inInputOrder(problems);
    List<DocumentRow> docsInOrder = inInputOrder(docs);
    for (Problem p : problemsInOrder) {
      counts.incrementProblem(p.kind());
    }
    counts.add(Counter.UNDATED, tables.undated());
    StageTimings timings = new StageTimings();
    timings.record(StageTimings.Stage.AGGREGATE, Duration.ofNanos(System.nanoTime() - aggregateStart));
    return new RunResult(files, docsInOrder, tables, problemsInOrder, counts, timings, started,
        Duration.ofNanos(System.nanoTime() - t0), nearDuplicates);
  }

  private static <T> List<T> inInputOrder(List<Sequenced<T>> values) {
    return values.stream().sorted(Comparator.comparingLong(Sequenced::seq)).map(Sequenced::value).toList();
  }

  /** The message for an error that escaped a worker: only errors that doom the run get here. */
  private RuntimeException describeFailure(Throwable t) {
    if (t instanceof OutOfMemoryError) {
      long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      return new PipelineException(
          "out of memory while annotating (heap " + maxMiB + " MiB; layers '"
              + annotator.settings().layers().label() + "' need about "
              + annotator.settings().requiredHeapMiB() + " MiB plus room per thread): "
              + "give the JVM more heap (-Xmx4g, as the dateline launcher does), use fewer --threads, "
              + "or choose fewer --layers",
          t);
    }
    return new PipelineException("annotation stopped: " + t, t);
  }

  /**
   * Under {@link PipelineConfig#strict()}, throws a {@link PipelineException} naming the
   * problem's file, record and kind; otherwise does nothing.
   */
  public static void stopIfStrict(PipelineConfig config, Problem problem) {
    if (config.strict()) {
      throw new PipelineException("--strict: stopped at the first problem: " + problem.origin()
          + " (file " + problem.origin().file() + ", " + problem.origin().unit().name().toLowerCase(Locale.ROOT)
          + " " + problem.origin().position() + "): " + problem.kind().label() + ": " + problem.message());
    }
  }
}
