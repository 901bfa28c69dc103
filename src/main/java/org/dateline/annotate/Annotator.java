package org.dateline.annotate;

import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;

/**
 * Turns an article into an annotated article. The only stage that runs NLP models.
 *
 * <p>Implementations load their models once, in their constructor or factory, and are
 * thread-safe: one instance is shared by all worker threads of a run. {@link #annotate} keeps
 * no state from one article to the next.
 */
public interface Annotator {

  /**
   * Annotates one article.
   *
   * @throws AnnotationException when the article cannot be annotated; the caller skips it
   */
  AnnotatedArticle annotate(Article article);

  /** The settings this annotator was built with. */
  AnnotatorSettings settings();

  /** The NLP library behind it, with its version, for the manifest. */
  Engine engine();
}
