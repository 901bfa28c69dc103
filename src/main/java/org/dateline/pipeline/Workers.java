package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.AnnotationException;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.Layers;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.LanguageVerdict;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.dateline.model.Sentence;
import org.dateline.pipeline.Pipeline.Sequenced;

/**
 * Annotation worker threads. Each worker keeps its own partial tables and rows, so workers
 * share nothing but the queue, the thread-safe annotator and the counters; the partials are
 * merged once all work is done.
 */
final class Workers implements AutoCloseable {

  private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;
  private static final Item END = new Item(-1, null);

  private final PipelineConfig config;
  private final Annotator annotator;
  private final LanguageIdentifier languages;
  private final RunCounts counts;
  private final ProgressListener progress;
  private final long t0;
  private final BlockingQueue<Item> queue;
  private final List<Worker> workers = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final AtomicLong submitted = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong lastProgress = new AtomicLong();
  private boolean finished;

  Workers(PipelineConfig config, Annotator annotator, LanguageIdentifier languages, RunCounts counts,
      ProgressListener progress, long t0) {
    this.config = config;
    this.annotator = annotator;
    this.languages = languages;
    this.counts = counts;
    this.progress = progress;
    this.t0 = t0;
    this.queue = new ArrayBlockingQueue<>(config.threads() * 8);
    for (int i = 0; i < config.threads(); i++) {
      Worker w = new Worker(i);
      workers.add(w);
      w.thread.start();
    }
  }

  void submit(long seq, Article article) {
    checkFailure();
    try {
      while (!queue.offer(new Item(seq, article), 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        checkFailure();
      }
      submitted.incrementAndGet();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PipelineException("interrupted while reading the input", e);
    }
  }

  long submitted() {
    return submitted.get();
  }

  /** Waits for every submitted article to be annotated. */
  void finish() {
    try {
      for (int i = 0; i < workers.size(); i++) {
        while (!queue.offer(END, 200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
          checkFailure();
        }
      }
      for (Worker w : workers) {
        w.thread.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PipelineException("interrupted while waiting for annotation", e);
    }
    finished = true;
    checkFailure();
  }

  private void checkFailure() {
    Throwable t = failure.get();
    if (t == null) {
      return;
    }
    if (t instanceof PipelineException stop) {
      // Already names its reason (a --strict stop); wrapping it would bury the message.
      throw stop;
    }
    if (t instanceof OutOfMemoryError) {
      long maxMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      throw new PipelineException(
          "out of memory while annotating (heap " + maxMiB + " MiB; layers '"
              + annotator.settings().layers().label() + "' need about "
              + annotator.settings().requiredHeapMiB() + " MiB plus room per thread): "
              + "give the JVM more heap (-Xmx4g, as the dateline launcher does), use fewer --threads, "
              + "or choose fewer --layers",
          t);
    }
    throw new PipelineException("annotation failed: " + t, t);
  }

  CorpusTables mergedTables() {
    CorpusTables merged = CorpusTables.empty(config.aggregate());
    for (Worker w : workers) {
      merged = merged.merge(w.tables);
    }
    return merged;
  }

  List<Sequenced<DocumentRow>> documents() {
    List<Sequenced<DocumentRow>> out = new ArrayList<>();
    workers.forEach(w -> out.addAll(w.documents));
    return out;
  }

  List<Sequenced<Problem>> problems() {
    List<Sequenced<Problem>> out = new ArrayList<>();
    workers.forEach(w -> out.addAll(w.problems));
    return out;
  }

  @Override
  public void close() {
    if (!finished) {
      for (Worker w : workers) {
        w.thread.interrupt();
      }
    }
  }

  private record Item(long seq, Article article) {}

  private final class Worker implements Runnable {
    final Thread thread;
    final CorpusTables tables = CorpusTables.empty(config.aggregate());
    final List<Sequenced<DocumentRow>> documents = new ArrayList<>();
    final List<Sequenced<Problem>> problems = new ArrayList<>();

    Worker(int index) {
      this.thread = new Thread(this, "dateline-annotate-" + index);
      this.thread.setDaemon(true);
    }

    @Override
    public void run() {
      try {
        while (true) {
          Item item = queue.take();
          if (item == END) {
            return;
          }
          if (failure.get() == null) {
            process(item);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
        queue.clear();
      }
    }

    private void process(Item item) {
      Article article = item.article();
      LanguageVerdict verdict = languages.judge(article.text(), config.languages());
      String language = verdict.language();
      counts.increment("language_" + language);
      if (!verdict.kept()) {
        Problem problem = new Problem(article.origin(), ProblemKind.LANGUAGE_NOT_KEPT,
            "language '" + language + "' is not among the kept languages " + config.languages()
                + "; record skipped (add it to --languages to keep it)");
        Pipeline.stopIfStrict(config, problem);
        problems.add(new Sequenced<>(item.seq(), problem));
        done.incrementAndGet();
        return;
      }
      AnnotatedArticle annotated;
      try {
        annotated = annotate(article.withLanguage(language));
      } catch (AnnotationException e) {
        Problem problem = new Problem(article.origin(), ProblemKind.ANNOTATION_FAILED,
            e.getMessage() + "; record skipped");
        Pipeline.stopIfStrict(config, problem);
        problems.add(new Sequenced<>(item.seq(), problem));
        done.incrementAndGet();
        return;
      }
      tables.add(annotated);
      documents.add(new Sequenced<>(item.seq(), DocumentRow.of(annotated)));
      count(annotated);
      long d = done.incrementAndGet();
      long now = System.nanoTime();
      long last = lastProgress.get();
      if (now - last >= PROGRESS_EVERY_NANOS && lastProgress.compareAndSet(last, now)) {
        progress.progress(d, submitted.get() - d, tokens.get(), now - t0);
      }
    }

    /** Annotates long texts piece by piece (see {@link TextPieces}) and joins the results. */
    private AnnotatedArticle annotate(Article article) {
      List<String> pieces = TextPieces.split(article.text(), TextPieces.MAX_CHARS);
      if (pieces.size() == 1) {
        return annotator.annotate(article);
      }
      counts.increment("texts_split_for_annotation");
      return TextPieces.annotate(annotator, article, pieces);
    }

    private void count(AnnotatedArticle a) {
      int n = a.tokenCount();
      tokens.addAndGet(n);
      counts.add("tokens", n);
      counts.add("sentences", a.sentences().size());
      counts.increment(a.article().kind() == org.dateline.model.ArticleKind.TEASER ? "annotated_teasers" : "annotated_articles");
      if (annotator.settings().layers().includes(Layers.ENTITIES)) {
        counts.add("entity_mentions", a.mentions().size());
      }
      if (annotator.settings().runsCoreNlpSentiment()) {
        long scored = 0;
        long overCap = 0;
        for (Sentence s : a.sentences()) {
          if (s.sentiment() != null) {
            scored++;
          } else if (s.tokens().size() > annotator.settings().maxParseLength()) {
            overCap++;
          }
        }
        counts.add("sentences_with_sentiment", scored);
        counts.add("sentences_over_parse_cap", overCap);
      }
    }
  }
}
