package org.dateline.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.Sentence;

/**
 * Annotates texts longer than a bound piece by piece (see {@link TextPieces}) and joins the
 * results, so that one huge record (a whole scraped site saved as one document) neither
 * exhausts the heap nor holds a worker for minutes. Shorter texts go to the wrapped annotator
 * unchanged. Thread-safe when the wrapped annotator is.
 */
public final class SplittingAnnotator implements Annotator {

  private final Annotator delegate;
  private final int maxChars;
  private final AtomicLong split = new AtomicLong();

  /** Splits texts longer than {@link TextPieces#MAX_CHARS}. */
  public SplittingAnnotator(Annotator delegate) {
    this(delegate, TextPieces.MAX_CHARS);
  }

  public SplittingAnnotator(Annotator delegate, int maxChars) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    if (maxChars < 2) {
      throw new IllegalArgumentException("maxChars must be at least 2, was " + maxChars);
    }
    this.maxChars = maxChars;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    List<String> pieces = TextPieces.split(article.text(), maxChars);
    if (pieces.size() == 1) {
      return delegate.annotate(article);
    }
    split.incrementAndGet();
    return TextPieces.annotate(delegate, article, pieces);
  }

  /** Texts annotated in more than one piece so far. */
  public long textsSplit() {
    return split.get();
  }

  @Override
  public AnnotatorSettings settings() {
    return delegate.settings();
  }

  @Override
  public Engine engine() {
    return delegate.engine();
  }
}
