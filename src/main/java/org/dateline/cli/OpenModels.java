package org.dateline.cli;

import java.io.IOException;
import java.util.Optional;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.clean.LanguageIdentifier;

/**
 * The annotator and language identifier a command runs with, from {@link Assembly}, and the
 * annotation cache behind them, open until {@link #close()}.
 */
public final class OpenModels implements AutoCloseable {

  private final Annotator annotator;
  private final LanguageIdentifier languages;
  private final AnnotationCache cache;
  private final CachingAnnotator caching;

  OpenModels(Annotator annotator, LanguageIdentifier languages, AnnotationCache cache, CachingAnnotator caching) {
    this.annotator = annotator;
    this.languages = languages;
    this.cache = cache;
    this.caching = caching;
  }

  public Annotator annotator() {
    return annotator;
  }

  public LanguageIdentifier languages() {
    return languages;
  }

  /** The cache in front of a run's annotator, with its counts of texts found and annotated; empty without one. */
  public Optional<CachingAnnotator> caching() {
    return Optional.ofNullable(caching);
  }

  /** The cache, or empty. */
  public Optional<AnnotationCache> cache() {
    return Optional.ofNullable(cache);
  }

  @Override
  public void close() throws IOException {
    if (cache != null) {
      cache.close();
    }
  }
}
