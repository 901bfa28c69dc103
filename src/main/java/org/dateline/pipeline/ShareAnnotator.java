package org.dateline.pipeline;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.SplittingAnnotator;
import org.dateline.annotate.sentiment.NewsScoringAnnotator;
import org.dateline.clean.LanguageFilter;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.model.Article;

/**
 * Annotates one share of a run's records outside {@link Pipeline}'s own workers, such as a
 * Spark partition, doing to each record exactly what a worker of {@link Pipeline} does (the
 * language check, annotation, aggregation, the same problems). Its counts are its own, so that
 * a share that is computed twice (a retried task) is counted once by whoever keeps one result
 * per share.
 *
 * <p>Thread-safe when the annotator and the language identifier are; each {@link #annotate}
 * call runs on a thread of its own with {@link Pipeline#ANNOTATION_STACK_BYTES} of stack, as
 * the pipeline's workers do.
 */
public final class ShareAnnotator {

  /**
   * What a share produced.
   *
   * @param result tables, document rows and problems
   * @param counts the share's counters (tokens, languages, records annotated...)
   */
  public record Share(PartialResult result, List<RunCounts.Entry> counts) implements Serializable {
    public Share {
      Objects.requireNonNull(result, "result");
      counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
    }
  }

  private final PipelineConfig config;
  private final Annotator annotator;
  private final LanguageFilter languages;

  public ShareAnnotator(PipelineConfig config, Annotator annotator, LanguageIdentifier languages) {
    this.config = Objects.requireNonNull(config, "config");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.languages = new LanguageFilter(Objects.requireNonNull(languages, "languages"), config.languages());
  }

  /**
   * Annotates {@code records} (each with its sequence number) in order.
   *
   * @throws PipelineException when the run cannot go on (a {@code --strict} stop, out of memory)
   */
  public Share annotate(Iterator<Sequenced<Article>> records) {
    Objects.requireNonNull(records, "records");
    RunCounts counts = new RunCounts();
    // as in Pipeline: news scores are added from the annotations, outside any cache
    SplittingAnnotator splitting = new SplittingAnnotator(NewsScoringAnnotator.over(annotator));
    AnnotationTask task = new AnnotationTask(config, splitting, languages, counts, ProgressListener.NONE,
        System.nanoTime());
    PartialResult partial = PartialResult.empty(config.aggregate());
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        while (records.hasNext()) {
          Sequenced<Article> next = records.next();
          task.process(partial, new AnnotationTask.Item(next.seq(), next.value()));
        }
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "dateline-annotate-share", Pipeline.ANNOTATION_STACK_BYTES);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new PipelineException("interrupted while annotating", e);
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    if (failure[0] != null) {
      throw new PipelineException("annotation stopped: " + failure[0], failure[0]);
    }
    if (splitting.textsSplit() > 0) {
      counts.add(Counter.TEXTS_SPLIT_FOR_ANNOTATION, splitting.textsSplit());
    }
    return new Share(partial, counts.entries());
  }
}
