package org.dateline.spark;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.SparkEnv;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.clean.near.NearDuplicateFinder;
import org.dateline.corpus.InputFile;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.Execution;
import org.dateline.pipeline.Intake;
import org.dateline.pipeline.PartialResult;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunCounts;
import org.dateline.pipeline.RunResult;
import org.dateline.pipeline.Sequenced;
import org.dateline.pipeline.ShareAnnotator;
import scala.Tuple2;

/**
 * A run on Spark (see the {@linkplain org.dateline.spark package} for its steps). Its result is
 * the one {@link Pipeline#run} gives for the same inputs and settings, whatever the number of
 * partitions and executors, and {@link org.dateline.report.RunReports} writes it.
 *
 * <p>Counts come back only through actions, one result per file and per partition, never
 * through accumulators: Spark keeps one result per partition however often a task was retried,
 * so a lost executor is never counted twice.
 */
public final class SparkRun {

  /** What a run prints between its steps; {@link #NONE} prints nothing. */
  @FunctionalInterface
  public interface Steps {
    Steps NONE = message -> {};

    void step(String message);
  }

  private final JavaSparkContext spark;
  private final PipelineConfig config;
  private final AnnotatorSettings annotator;
  private final int partitions;
  private final Steps steps;
  private final ProgressListener progress;
  private volatile Execution execution;

  /**
   * @param config the run's settings; its {@link PipelineConfig#threads()} is only recorded
   * @param annotator the settings each executor builds its annotator from
   * @param partitions the partitions records are annotated in, at least 1; more than the
   *     executor cores lets a fast core take more of them
   */
  public SparkRun(JavaSparkContext spark, PipelineConfig config, AnnotatorSettings annotator, int partitions,
      Steps steps) {
    this(spark, config, annotator, partitions, steps, ProgressListener.NONE);
  }

  /**
   * As {@link #SparkRun(JavaSparkContext, PipelineConfig, AnnotatorSettings, int, Steps)}, telling
   * {@code progress} on the driver how annotating advances, as each partition finishes.
   */
  public SparkRun(JavaSparkContext spark, PipelineConfig config, AnnotatorSettings annotator, int partitions,
      Steps steps, ProgressListener progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.spark = Objects.requireNonNull(spark, "spark");
    this.config = Objects.requireNonNull(config, "config");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.steps = Objects.requireNonNull(steps, "steps");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
    }
    this.partitions = partitions;
  }

  /**
   * Runs every stage but the report.
   *
   * @param inputs local files and folders, or Hadoop file system URIs
   * @throws java.nio.file.NoSuchFileException when an input does not exist
   * @throws org.dateline.pipeline.PipelineException on a {@code --strict} stop while reading
   */
  public RunResult run(List<String> inputs) throws IOException {
    return run(inputs, notice -> {});
  }

  /**
   * As {@link #run(List)}, and tells {@code notices} on the driver what the listing of the local
   * inputs passed over (an earlier output folder, a file reached through two inputs), as {@code
   * dateline run} prints it.
   */
  public RunResult run(List<String> inputs, Consumer<String> notices) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    SparkWatch watch = SparkWatch.of(spark);
    List<InputUnit> units = InputListing.list(inputs, config.load(), spark.hadoopConfiguration(), notices);
    List<InputUnit> toRead = units.stream().filter(u -> u.problem() == null).toList();

    // The executors need no exclusions (the driver listed the files), and paths do not travel.
    PipelineConfig shipped = config.withLoad(config.load().withExcluded(Set.of()));
    HadoopConf hadoop = new HadoopConf(spark.hadoopConfiguration());
    steps.step("reading " + toRead.size() + " files");
    JavaRDD<LoadedUnit> loaded = spark.parallelize(toRead, Math.max(1, Math.min(partitions, toRead.size())))
        .map(u -> UnitLoader.load(u, shipped, hadoop))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<LoadedUnit> summaries = new ArrayList<>(loaded.map(LoadedUnit::compact).collect());
      summaries.sort(Comparator.comparingInt(LoadedUnit::index));

      RunCounts counts = new RunCounts();
      Reading reading = intake(units, summaries, counts);
      KeptRecords kept = reading.kept();
      Broadcast<KeptRecords> keptOnExecutors = spark.broadcast(kept);
      steps.step(String.format(java.util.Locale.ROOT, "%.1f s: read; annotating %d records in %d partitions",
          (System.nanoTime() - t0) / 1e9, kept.size(), partitions));

      AnnotatorSettings settings = annotator;
      progress.readingFinished(kept.size());
      Progress done = new Progress(spark);
      watch.afterEachTask(() -> done.report(progress, t0));
      List<PartitionResult> shares;
      try {
        shares = loaded
            .flatMapToPair(u -> keptRecords(u, keptOnExecutors.value()))
            .partitionBy(RangePartitioner.of(kept.sortedSeqs(), partitions))
            .mapPartitionsWithIndex((index, records) -> annotate(index, records, shipped, settings, done), true)
            .collect();
      } finally {
        watch.afterEachTask(null);
      }
      keptOnExecutors.destroy();
      steps.step(String.format(java.util.Locale.ROOT, "%.1f s: annotated", (System.nanoTime() - t0) / 1e9));

      List<PartialResult> partials = new ArrayList<>();
      for (ShareAnnotator.Share share : inPartitionOrder(shares)) {
        partials.add(share.result());
        counts.addAll(share.counts());
      }
      execution = execution(shares, watch);
      RunResult result = Pipeline.assemble(config.aggregate(), reading.files(), reading.problems(), partials, counts,
          started, t0, reading.nearDuplicates());
      progress.finished(result.documents().size(), counts.get(Counter.TOKENS), System.nanoTime() - t0);
      return result;
    } finally {
      loaded.unpersist(false);
    }
  }

  /** What the driver made of the files read: the manifest's files, the problems, the kept records. */
  private record Reading(List<InputFile> files, List<Sequenced<Problem>> problems,
      NearDuplicateFinder.Clusters nearDuplicates, KeptRecords kept) {}

  /**
   * Passes the records and problems of the files read through one {@link Intake}, in input
   * order, as {@link Pipeline#run} does; the records it releases are kept, by event id.
   */
  private Reading intake(List<InputUnit> units, List<LoadedUnit> summaries, RunCounts counts) {
    Map<Integer, LoadedUnit> byIndex = new HashMap<>();
    for (LoadedUnit u : summaries) {
      byIndex.put(u.index(), u);
    }
    List<InputFile> files = new ArrayList<>();
    List<Long> keptIds = new ArrayList<>();
    List<Long> keptSeqs = new ArrayList<>();
    Intake<Long> intake = new Intake<>(config, counts, record -> {
      keptIds.add(record.value());
      keptSeqs.add(record.seq());
    });
    for (InputUnit unit : units) {
      if (unit.problem() != null) {
        intake.problem(unit.problem());
        continue;
      }
      LoadedUnit loaded = byIndex.get(unit.index());
      if (loaded == null) {
        throw new IllegalStateException("no result for input " + unit.displayName() + " (" + unit.index() + ")");
      }
      if (loaded.file() != null) {
        files.add(loaded.file());
      }
      counts.addAll(loaded.counts());
      for (ReadEvent event : loaded.events()) {
        if (event.kept()) {
          intake.record(event.key(), event.origin(), LoadedUnit.eventId(unit.index(), event.position()),
              event.problem(), event.fingerprint());
        } else {
          intake.problem(event.problem());
        }
      }
    }
    List<Sequenced<Problem>> problems = intake.finish();
    return new Reading(files, problems, intake.nearDuplicates(), new KeptRecords(
        keptIds.stream().mapToLong(Long::longValue).toArray(), keptSeqs.stream().mapToLong(Long::longValue).toArray()));
  }

  /** On an executor: the records of a file that dedup kept, keyed by sequence number. */
  private static Iterator<Tuple2<Long, Article>> keptRecords(LoadedUnit unit, KeptRecords kept) {
    List<Tuple2<Long, Article>> out = new ArrayList<>();
    for (ReadEvent e : unit.events()) {
      if (e.kept()) {
        long seq = kept.seqOf(LoadedUnit.eventId(unit.index(), e.position()));
        if (seq >= 0) {
          out.add(new Tuple2<>(seq, e.article()));
        }
      }
    }
    return out.iterator();
  }

  /** On an executor: one partition's share, annotated in input order by the executor's models. */
  private static Iterator<PartitionResult> annotate(int index, Iterator<Tuple2<Long, Article>> records,
      PipelineConfig config, AnnotatorSettings settings, Progress progress) {
    List<Sequenced<Article>> items = new ArrayList<>();
    records.forEachRemaining(t -> items.add(new Sequenced<>(t._1(), t._2())));
    items.sort(Comparator.comparingLong(Sequenced::seq));
    ShareAnnotator.Share share = items.isEmpty()
        ? new ShareAnnotator.Share(PartialResult.empty(config.aggregate()), List.of())
        : new ShareAnnotator(config, ExecutorModels.annotator(settings), ExecutorModels.languages())
            .annotate(items.iterator());
    progress.add(items.size(), share);
    return List.of(new PartitionResult(index, SparkEnv.get().executorId(), share)).iterator();
  }

  /** What a partition's task returns: its index, the executor that ran it, its share. */
  private record PartitionResult(int index, String executor, ShareAnnotator.Share share)
      implements java.io.Serializable {}

  /**
   * The progress line's counts, added by each partition's task and read on the driver as tasks
   * end. Accumulators may count a retried task twice: they serve the line only, never the
   * tables or the manifest.
   */
  private static final class Progress implements java.io.Serializable {
    private final LongAccumulator records;
    private final LongAccumulator documents;
    private final LongAccumulator tokens;
    private transient long shown;

    Progress(JavaSparkContext spark) {
      records = spark.sc().longAccumulator("dateline records done");
      documents = spark.sc().longAccumulator("dateline documents");
      tokens = spark.sc().longAccumulator("dateline tokens");
    }

    /** On an executor. */
    void add(int recordsDone, ShareAnnotator.Share share) {
      records.add(recordsDone);
      documents.add(share.result().documents().size());
      for (var e : share.counts()) {
        if (e.key() == Counter.TOKENS) {
          tokens.add(e.value());
        }
      }
    }

    /** On the driver's listener thread, after a task ended: prints when an annotating task added records. */
    synchronized void report(ProgressListener listener, long t0) {
      long r = records.value();
      if (r != shown) {
        shown = r;
        listener.progress(r, documents.value(), 0, tokens.value(), System.nanoTime() - t0);
      }
    }
  }

  /** Where the run ran: the executors that returned a partition, and their cores. */
  private Execution execution(List<PartitionResult> results, SparkWatch watch) {
    java.util.TreeSet<String> executors = new java.util.TreeSet<>();
    results.forEach(r -> executors.add(r.executor()));
    int cores;
    if (spark.master().startsWith("local")) {
      // local mode: the driver is the only executor, with the master's cores
      cores = spark.defaultParallelism();
    } else {
      cores = 0;
      int perExecutor = spark.getConf().getInt("spark.executor.cores", -1);
      for (String id : executors) {
        int c = watch.cores(id);
        cores += c > 0 ? c : Math.max(perExecutor, 1);
      }
    }
    return Execution.spark(spark.version(), spark.master(), executors.size(), cores, partitions);
  }

  /** Where the last {@link #run} ran, for the manifest; null before a run. */
  public Execution execution() {
    return execution;
  }

  /** The shares by partition index, each exactly once. */
  private List<ShareAnnotator.Share> inPartitionOrder(List<PartitionResult> shares) {
    ShareAnnotator.Share[] byIndex = new ShareAnnotator.Share[partitions];
    for (PartitionResult s : shares) {
      if (byIndex[s.index()] != null) {
        throw new IllegalStateException("partition " + s.index() + " gave two results");
      }
      byIndex[s.index()] = s.share();
    }
    List<ShareAnnotator.Share> out = new ArrayList<>();
    for (int i = 0; i < byIndex.length; i++) {
      if (byIndex[i] == null) {
        throw new IllegalStateException("partition " + i + " gave no result");
      }
      out.add(byIndex[i]);
    }
    return out;
  }
}
