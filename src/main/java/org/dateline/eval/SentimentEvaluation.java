package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.annotate.AnnotationException;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.Layers;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;

/**
 * Scores an annotator's sentence sentiment against SST gold sentences.
 *
 * <p>Sentences go to the annotator in batches of {@code batchSize}, one article per batch and
 * one sentence per line, so the annotator must keep lines as sentences (as
 * {@code CoreNlpAnnotator.pretokenized} does); CoreNLP scores each sentence on its own, so the
 * batching does not change the figures. Batches run on {@code threads} threads and are
 * combined in input order. Thread-safe if the annotator is.
 */
public final class SentimentEvaluation {

  /** Large enough that per-article overhead vanishes, small enough to spread over threads. */
  public static final int DEFAULT_BATCH_SIZE = 50;

  private final Annotator annotator;
  private final int threads;
  private final int batchSize;

  public SentimentEvaluation(Annotator annotator, int threads) {
    this(annotator, threads, DEFAULT_BATCH_SIZE);
  }

  /**
   * @param annotator a pre-tokenizing annotator that computes {@link Layers#SENTIMENT}
   * @param threads how many batches to annotate at once, at least 1
   * @param batchSize sentences per article, at least 1
   */
  public SentimentEvaluation(Annotator annotator, int threads, int batchSize) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    if (!annotator.settings().layers().includes(Layers.SENTIMENT)) {
      throw new IllegalArgumentException(
          "the annotator computes only " + annotator.settings().layers().label()
              + "; sentiment evaluation needs layers sentiment");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    this.threads = threads;
    this.batchSize = batchSize;
  }

  /**
   * Annotates and scores the sentences.
   *
   * @throws EvaluationException when the annotator fails or returns another number of
   *     sentences than it was given
   */
  public SentimentResult evaluate(List<SstSentence> sentences) {
    Objects.requireNonNull(sentences, "sentences");
    List<List<SstSentence>> batches = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += batchSize) {
      batches.add(sentences.subList(i, Math.min(sentences.size(), i + batchSize)));
    }
    SentimentCounts total = SentimentCounts.EMPTY;
    for (SentimentCounts c : ParallelBatches.map(batches, this::score, threads)) {
      total = total.plus(c);
    }
    return new SentimentResult(annotator.settings().profile(), total);
  }

  private SentimentCounts score(List<SstSentence> batch) {
    StringBuilder text = new StringBuilder();
    for (SstSentence s : batch) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(s.text());
    }
    long firstLine = batch.get(0).line();
    Article article = Article.builder()
        .id("sst-" + batch.get(0).index())
        .text(text.toString())
        .origin(Origin.line("sst", firstLine))
        .build();
    AnnotatedArticle annotated;
    try {
      annotated = annotator.annotate(article);
    } catch (AnnotationException e) {
      throw new EvaluationException(
          "annotation failed for the SST batch from line " + firstLine + ": " + e.getMessage(), e);
    }
    List<Sentence> predicted = annotated.sentences();
    if (predicted.size() != batch.size()) {
      throw new EvaluationException(
          "the SST batch from line " + firstLine + " has " + batch.size() + " sentences but the annotator returned "
              + predicted.size()
              + "; use a pre-tokenized annotator (CoreNlpAnnotator.pretokenized), which keeps one sentence per line");
    }
    SentimentCounts counts = SentimentCounts.EMPTY;
    for (int i = 0; i < batch.size(); i++) {
      counts = counts.plus(SentimentCounts.score(batch.get(i).gold(), predicted.get(i).sentiment()));
    }
    return counts;
  }
}
