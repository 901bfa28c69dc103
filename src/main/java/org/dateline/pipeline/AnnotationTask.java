package org.dateline.pipeline;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.aggregate.DocumentRow;
import org.dateline.annotate.AnnotationException;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorUnavailableException;
import org.dateline.annotate.Layers;
import org.dateline.clean.LanguageFilter;
import org.dateline.clean.LanguageVerdict;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.dateline.model.Sentence;

/**
 * What a worker does with one record: the language check, annotation, and adding the result
 * to the worker's own partial tables. Thread-safe: the only state shared between workers is
 * the counters and the annotator, which is thread-safe.
 *
 * <p>The failures of one record stay with it: any exception from the annotator and a stack
 * overflow become an {@code annotation_failed} problem. What dooms every later record as well
 * ({@link AnnotatorUnavailableException}, out of memory, a {@code --strict} stop) is thrown on.
 */
final class AnnotationTask {

  private static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

  /** One record to annotate, with its sequence number. */
  record Item(long seq, Article article) {
    Item {
      Objects.requireNonNull(article, "article");
    }
  }

  private final PipelineConfig config;
  private final Annotator annotator;
  private final LanguageFilter languages;
  private final RunCounts counts;
  private final ProgressListener progress;
  private final long t0;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong annotatedDocuments = new AtomicLong();
  private final AtomicLong tokens = new AtomicLong();
  private final AtomicLong lastProgress = new AtomicLong();
  private final AtomicLong submitted = new AtomicLong();

  AnnotationTask(PipelineConfig config, Annotator annotator, LanguageFilter languages, RunCounts counts,
      ProgressListener progress, long t0) {
    this.config = Objects.requireNonNull(config, "config");
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.languages = Objects.requireNonNull(languages, "languages");
    this.counts = Objects.requireNonNull(counts, "counts");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.t0 = t0;
  }

  /** Called by the reading thread for every record it hands to a worker, for the progress line. */
  void submitted() {
    submitted.incrementAndGet();
  }

  void process(PartialResult partial, Item item) {
    Article article = item.article();
    LanguageVerdict verdict = languages.check(article.text());
    counts.incrementLanguage(verdict.language());
    if (!verdict.kept()) {
      skip(partial, item, languages.notKept(article.origin(), verdict));
      return;
    }
    AnnotatedArticle annotated;
    try {
      annotated = annotator.annotate(article.withLanguage(verdict.language()));
    } catch (AnnotatorUnavailableException e) {
      throw e;
    } catch (AnnotationException e) {
      skip(partial, item, new Problem(article.origin(), ProblemKind.ANNOTATION_FAILED, e.getMessage() + "; record skipped"));
      return;
    } catch (RuntimeException | StackOverflowError e) {
      // The stack is unwound by now, so the worker is fit for the next record.
      skip(partial, item, new Problem(article.origin(), ProblemKind.ANNOTATION_FAILED,
          "the annotator failed: " + e + "; record skipped"));
      return;
    }
    partial.tables().add(annotated);
    partial.documents().add(new Sequenced<>(item.seq(), DocumentRow.of(annotated)));
    count(annotated);
    annotatedDocuments.incrementAndGet();
    finished();
  }

  private void skip(PartialResult partial, Item item, Problem problem) {
    Pipeline.stopIfStrict(config, problem);
    partial.problems().add(new Sequenced<>(item.seq(), problem));
    finished();
  }

  private void finished() {
    long d = done.incrementAndGet();
    long now = System.nanoTime();
    long last = lastProgress.get();
    if (now - last >= PROGRESS_EVERY_NANOS && lastProgress.compareAndSet(last, now)) {
      progress.progress(d, annotatedDocuments.get(), Math.max(0, submitted.get() - d), tokens.get(), now - t0);
    }
  }

  private void count(AnnotatedArticle a) {
    int n = a.tokenCount();
    tokens.addAndGet(n);
    counts.add(Counter.TOKENS, n);
    counts.add(Counter.SENTENCES, a.sentences().size());
    counts.increment(a.article().kind() == ArticleKind.TEASER ? Counter.ANNOTATED_TEASERS : Counter.ANNOTATED_ARTICLES);
    if (annotator.settings().layers().includes(Layers.ENTITIES)) {
      counts.add(Counter.ENTITY_MENTIONS, a.mentions().size());
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
      counts.add(Counter.SENTENCES_WITH_SENTIMENT, scored);
      counts.add(Counter.SENTENCES_OVER_PARSE_CAP, overCap);
    }
  }
}
