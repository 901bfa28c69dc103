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
 * Scores single-line texts with every engine of an annotator. Texts go to the annotator in
 * batches, one article per batch and one text per line, so the annotator must split sentences
 * at line ends only (as {@code CoreNlpAnnotator.sentencePerLine} does); each line is then one
 * sentence, scored on its own. Thread-safe if the annotator is.
 */
public final class TextScoring {

  static final int BATCH_SIZE = 50;

  private final Annotator annotator;
  private final int threads;

  public TextScoring(Annotator annotator, int threads) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    if (!annotator.settings().layers().includes(Layers.SENTIMENT)) {
      throw new IllegalArgumentException("the annotator computes only " + annotator.settings().layers().label()
          + "; scoring sentiment needs layers sentiment");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  /**
   * @param name the gold file, for messages
   * @throws EvaluationException when the annotator fails or returns another number of
   *     sentences than it was given lines
   */
  List<ItemScores> score(List<String> texts, String name) {
    List<ItemScores> out = new ArrayList<>(texts.size());
    for (Located s : annotate(texts, name)) {
      out.add(ItemScores.of(s.sentence()));
    }
    return out;
  }

  /**
   * One annotated text: its sentence, and where its line starts in the text the annotator saw,
   * so that a character span of the text ({@code offset + from}) can be found among the
   * sentence's tokens by their offsets.
   */
  public record Located(Sentence sentence, int offset) {
    /**
     * The tokens {@code [begin, end)} that overlap characters {@code from .. to - 1} of the
     * text; null when the tokens have no offsets or none overlaps.
     */
    public int[] tokens(int from, int to) {
      int begin = -1;
      int end = -1;
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (!t.hasOffsets()) {
          return null;
        }
        if (t.end() > offset + from && t.begin() < offset + to) {
          if (begin < 0) {
            begin = i;
          }
          end = i + 1;
        }
      }
      return begin < 0 ? null : new int[] {begin, end};
    }
  }

  /**
   * Annotates the texts, one sentence each, in input order.
   *
   * @param name the gold file, for messages
   * @throws EvaluationException as {@link #score}
   */
  public List<Located> annotate(List<String> texts, String name) {
    List<List<String>> batches = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += BATCH_SIZE) {
      batches.add(texts.subList(i, Math.min(texts.size(), i + BATCH_SIZE)));
      starts.add(i);
    }
    List<Integer> indexes = new ArrayList<>();
    for (int b = 0; b < batches.size(); b++) {
      indexes.add(b);
    }
    List<Located> out = new ArrayList<>(texts.size());
    for (List<Located> batch : ParallelBatches.map(indexes,
        b -> scoreBatch(batches.get(b), starts.get(b), name), threads)) {
      out.addAll(batch);
    }
    return out;
  }

  private List<Located> scoreBatch(List<String> batch, int start, String name) {
    StringBuilder text = new StringBuilder();
    for (String t : batch) {
      if (text.length() > 0) {
        text.append('\n');
      }
      // a line break inside a text would make it two sentences
      text.append(t.replace('\r', ' ').replace('\n', ' '));
    }
    Article article = Article.builder()
        .id(name + "#" + (start + 1))
        .text(text.toString())
        .origin(Origin.record(name, start + 1))
        .build();
    AnnotatedArticle annotated;
    try {
      annotated = annotator.annotate(article);
    } catch (AnnotationException e) {
      throw new EvaluationException("annotation failed on items " + (start + 1) + " to "
          + (start + batch.size()) + " of " + name + ": " + e.getMessage(), e);
    }
    List<Sentence> sentences = annotated.sentences();
    if (sentences.size() != batch.size()) {
      throw new EvaluationException("the annotator returned " + sentences.size() + " sentences for "
          + batch.size() + " lines (items " + (start + 1) + " to " + (start + batch.size()) + " of " + name
          + "); it must split sentences at line ends only");
    }
    List<Located> out = new ArrayList<>(batch.size());
    int offset = 0;
    for (int i = 0; i < batch.size(); i++) {
      out.add(new Located(sentences.get(i), offset));
      offset += batch.get(i).length() + 1;
    }
    return out;
  }
}
