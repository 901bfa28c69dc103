package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.SplittingAnnotator;
import org.dateline.annotate.sentiment.NewsScoringAnnotator;
import org.dateline.clean.Deduplicator;
import org.dateline.clean.LanguageFilter;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.InputFile;
import org.dateline.corpus.RecordSink;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
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
   * (random bytes read as text: thousands of tokens without a full stop) overflowed the default
   * 1 MiB stack. Measured with all layers in a cold JVM (interpreted frames are the largest),
   * one JVM per try: a 9,669-token sentence failed with 4 MiB and passed with 8 MiB; the worst
   * the splitter lets through, one 20,000-char piece of 19,999 one-char tokens, failed with 8 MiB
   * and passed with 16 MiB. Four times that leaves room for other JVMs and flags; a thread only
   * reserves the address space, and touches pages only as deep as its calls go.
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
    return new RunSettings(config, annotator.settings(), annotator.engineVersion());
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
    List<Sequenced<Problem>> readProblems = new ArrayList<>();
    RecordIntake intake = new RecordIntake(config, counts);
    Deduplicator dedup = new Deduplicator();
    Map<Article, Long> heldTeasers = new IdentityHashMap<>();
    // news scores are added outside any cache, from the annotations it holds
    SplittingAnnotator splitting = new SplittingAnnotator(NewsScoringAnnotator.over(annotator));
    AnnotationTask task = new AnnotationTask(config, splitting, languages, counts, progress, t0);
    List<InputFile> files;
    List<PartialResult> partials;
    try (Workers<PartialResult, AnnotationTask.Item> workers = new Workers<>("dateline-annotate",
        config.threads(), stackBytes, () -> PartialResult.empty(config.aggregate()),
        task::process, this::describeFailure)) {
      RecordSink sink = new RecordSink() {
        private long seq;

        @Override
        public void accept(Article raw) {
          long n = seq++;
          RecordIntake.Outcome outcome = intake.accept(raw);
          if (!outcome.kept()) {
            note(n, outcome.problem());
            return;
          }
          if (outcome.problem() != null) {
            // Asked for with --split-glued-names, so listed but never a --strict stop.
            readProblems.add(new Sequenced<>(n, outcome.problem()));
          }
          Article article = outcome.article();
          if (article.kind() == ArticleKind.TEASER) {
            heldTeasers.put(article, n);
          }
          if (dedup.offer(article)) {
            task.submitted();
            workers.submit(new AnnotationTask.Item(n, article));
          } else if (article.kind() == ArticleKind.ARTICLE) {
            note(n, RecordIntake.duplicate(article.origin()));
          }
        }

        @Override
        public void problem(Problem problem) {
          note(seq++, problem);
        }

        private void note(long n, Problem problem) {
          stopIfStrict(config, problem);
          readProblems.add(new Sequenced<>(n, problem));
        }
      };
      files = new CorpusReader(config.load()).read(inputs, sink);
      for (Article teaser : dedup.remainingTeasers()) {
        task.submitted();
        workers.submit(new AnnotationTask.Item(heldTeasers.get(teaser), teaser));
      }
      progress.readingFinished(workers.submitted());
      partials = workers.finish();
    }
    counts.add(Counter.DUPLICATES_EXACT, dedup.exactDuplicates());
    counts.add(Counter.DUPLICATES_TEASER_IN_ARTICLE, dedup.containedTeasers());
    if (splitting.textsSplit() > 0) {
      counts.add(Counter.TEXTS_SPLIT_FOR_ANNOTATION, splitting.textsSplit());
    }

    RunResult result = assemble(config.aggregate(), files, readProblems, partials, counts, started, t0);
    progress.finished(result.documents().size(), counts.get(Counter.TOKENS), System.nanoTime() - t0);
    return result;
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
    long aggregateStart = System.nanoTime();
    CorpusTables tables = CorpusTables.empty(aggregate);
    List<Sequenced<Problem>> problems = new ArrayList<>(readProblems);
    List<Sequenced<DocumentRow>> docs = new ArrayList<>();
    for (PartialResult p : partials) {
      tables = tables.merge(p.tables());
      problems.addAll(p.problems());
      docs.addAll(p.documents());
    }
    problems.sort(Comparator.comparingLong(Sequenced::seq));
    docs.sort(Comparator.comparingLong(Sequenced::seq));
    for (Sequenced<Problem> p : problems) {
      counts.incrementProblem(p.value().kind());
    }
    counts.add(Counter.UNDATED, tables.undated());
    counts.add(Counter.TIME_AGGREGATE_MS, (System.nanoTime() - aggregateStart) / 1_000_000);
    return new RunResult(
        files,
        docs.stream().map(Sequenced::value).toList(),
        tables,
        problems.stream().map(Sequenced::value).toList(),
        counts,
        started,
        Duration.ofNanos(System.nanoTime() - t0));
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
