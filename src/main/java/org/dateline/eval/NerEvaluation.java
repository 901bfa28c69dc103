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
import org.dateline.model.Token;

/**
 * Scores an annotator's named entities against CoNLL-2003 gold documents, entity by entity
 * with exact matches (see {@link NerScorer}).
 *
 * <p>Each document goes to the annotator as one article, a sentence per line with its tokens
 * separated by single spaces, so the annotator must keep lines and tokens as given (as
 * {@code CoreNlpAnnotator.pretokenized} does). Documents are annotated on {@code threads}
 * threads; counts are combined in document order, so the result does not depend on timing.
 * Thread-safe if the annotator is.
 */
public final class NerEvaluation {

  private final Annotator annotator;
  private final int threads;

  /**
   * @param annotator a pre-tokenizing annotator that computes at least {@link Layers#ENTITIES}
   * @param threads how many documents to annotate at once, at least 1
   */
  public NerEvaluation(Annotator annotator, int threads) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    if (!annotator.settings().layers().includes(Layers.ENTITIES)) {
      throw new IllegalArgumentException(
          "the annotator computes only " + annotator.settings().layers().label()
              + "; NER evaluation needs layers entities or sentiment");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  /**
   * Annotates and scores the documents.
   *
   * @throws EvaluationException when the annotator fails or returns other sentences or tokens
   *     than it was given
   */
  public NerResult evaluate(List<ConllDocument> documents) {
    Objects.requireNonNull(documents, "documents");
    List<NerCounts> perDocument = ParallelBatches.map(documents, this::score, threads);
    NerCounts total = NerCounts.EMPTY;
    for (NerCounts c : perDocument) {
      total = total.plus(c);
    }
    long tokens = 0;
    for (ConllDocument d : documents) {
      for (ConllSentence s : d.sentences()) {
        tokens += s.tokens().size();
      }
    }
    return new NerResult(
        annotator.settings().profile(), documents.size(), ConllDocument.sentenceCount(documents), tokens, total);
  }

  private NerCounts score(ConllDocument document) {
    List<ConllSentence> gold = document.sentences();
    if (gold.isEmpty()) {
      return NerCounts.EMPTY;
    }
    StringBuilder text = new StringBuilder();
    for (ConllSentence s : gold) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(s.text());
    }
    Article article = Article.builder()
        .id("conll-" + document.index())
        .text(text.toString())
        .origin(Origin.line("conll document " + document.index(), gold.get(0).line()))
        .build();
    AnnotatedArticle annotated;
    try {
      annotated = annotator.annotate(article);
    } catch (AnnotationException e) {
      throw new EvaluationException(
          "annotation failed for CoNLL document " + document.index() + " (line " + gold.get(0).line() + "): "
              + e.getMessage(), e);
    }
    List<Sentence> predicted = annotated.sentences();
    if (predicted.size() != gold.size()) {
      throw new EvaluationException(
          "CoNLL document " + document.index() + " (line " + gold.get(0).line() + ") has " + gold.size()
              + " sentences but the annotator returned " + predicted.size()
              + "; use a pre-tokenized annotator (CoreNlpAnnotator.pretokenized), which keeps one sentence per line");
    }
    NerCounts counts = NerCounts.EMPTY;
    for (int i = 0; i < gold.size(); i++) {
      ConllSentence g = gold.get(i);
      List<Token> tokens = predicted.get(i).tokens();
      if (tokens.size() != g.tokens().size()) {
        throw new EvaluationException(
            "the sentence at line " + g.line() + " has " + g.tokens().size() + " gold tokens but the annotator returned "
                + tokens.size() + " (" + words(tokens) + " for " + g.text()
                + "); use a pre-tokenized annotator (CoreNlpAnnotator.pretokenized), which keeps tokens as given");
      }
      List<String> labels = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        labels.add(t.ner());
      }
      counts = counts.plus(NerScorer.score(g.tags(), labels));
    }
    return counts;
  }

  private static String words(List<Token> tokens) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.word());
    }
    return b.toString();
  }
}
