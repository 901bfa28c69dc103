package org.dateline.annotate.cache;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.AnnotatorUnavailableException;
import org.dateline.annotate.Engine;
import org.dateline.annotate.ScoreMemo;
import org.dateline.annotate.cache.AnnotationCodec.Annotations;
import org.dateline.io.Sha256;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;

/**
 * Wraps an annotator with an {@link AnnotationCache}. The key is a SHA-256 of the annotator's
 * fingerprint (everything that changes its output: program and engine versions, effective
 * properties, the resources it reads), the cache's format version and the cleaned text, so a
 * changed model, setting, name list or format never reads a stale entry, while aggregation
 * settings (period, stopwords, lemma counting) are not part of it and never cause annotation.
 *
 * <p>The wrapped annotator is built on the first miss only: a run whose every article is
 * cached loads no models. Thread-safe when the wrapped annotator is.
 */
public final class CachingAnnotator implements Annotator, ScoreMemo {

  private final AnnotationCache cache;
  private final AnnotatorSettings settings;
  private final Engine engine;
  private final String fingerprint;
  private final String lemmaFingerprint;
  private final Supplier<Annotator> factory;
  private volatile Annotator delegate;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * @param fingerprint the fingerprint of the annotator {@code factory} would build for given
   *     settings, computed without building it
   * @param factory builds the real annotator; called at most once, on the first miss
   */
  public CachingAnnotator(AnnotationCache cache, AnnotatorSettings settings, Engine engine,
      Function<AnnotatorSettings, String> fingerprint, Supplier<Annotator> factory) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.engine = Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(fingerprint, "fingerprint");
    this.fingerprint = fingerprint.apply(settings);
    this.lemmaFingerprint = settings.needsLemmas() ? null : fingerprint.apply(settings.withLemmas(true));
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Optional<AnnotatedArticle> found = cached(article);
    if (found.isPresent()) {
      hits.incrementAndGet();
      return found.get();
    }
    misses.incrementAndGet();
    AnnotatedArticle fresh = delegate().annotate(article);
    cache.put(key(fingerprint, article.text()), fresh.sentences(), fresh.mentions());
    return fresh;
  }

  /**
   * The article's annotations when the cache holds them for these settings; never annotates
   * and counts neither a hit nor a miss.
   */
  public Optional<AnnotatedArticle> cached(Article article) {
    Objects.requireNonNull(article, "article");
    Optional<Annotations> cached = cache.get(key(fingerprint, article.text()));
    if (cached.isEmpty() && lemmaFingerprint != null) {
      // Entries made with lemmas hold everything a lemma-free run reads, so switching
      // --lemma off and on does not annotate again.
      cached = cache.get(key(lemmaFingerprint, article.text()));
    }
    return cached.map(c -> new AnnotatedArticle(article, c.sentences(), c.mentions()));
  }

  private Annotator delegate() {
    Annotator d = delegate;
    if (d == null) {
      synchronized (this) {
        d = delegate;
        if (d == null) {
          try {
            d = Objects.requireNonNull(factory.get(), "factory returned null");
          } catch (RuntimeException e) {
            // Without models no record can be annotated: stop the run rather than fail each one.
            throw new AnnotatorUnavailableException("cannot load the annotator: " + e.getMessage(), e);
          }
          delegate = d;
        }
      }
    }
    return d;
  }

  /** Whether the wrapped annotator was built, i.e. whether anything missed the cache. */
  public boolean loadedModels() {
    return delegate != null;
  }

  @Override
  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public Engine engine() {
    return engine;
  }

  /** Articles found in the cache so far. */
  public long hits() {
    return hits.get();
  }

  /**
   * Kept under this annotator's fingerprint, the scorer and the text: the same text annotated
   * with the same settings gives the same annotations, fresh or cached, so the scores derived
   * from them are the same.
   */
  @Override
  public Optional<byte[]> scores(Article article, String scorer) {
    Objects.requireNonNull(article, "article");
    return cache.scores(key(fingerprint + '\u0000' + Objects.requireNonNull(scorer, "scorer"), article.text()));
  }

  @Override
  public void putScores(Article article, String scorer, byte[] data) {
    Objects.requireNonNull(article, "article");
    cache.putScores(key(fingerprint + '\u0000' + Objects.requireNonNull(scorer, "scorer"), article.text()),
        Objects.requireNonNull(data, "data"));
  }

  /** Articles annotated (and stored) so far. */
  public long misses() {
    return misses.get();
  }

  public AnnotationCache cache() {
    return cache;
  }

  /** Entries found but unreadable (damaged, or from another format), annotated again. */
  public long unreadable() {
    return cache.unreadable();
  }

  static String key(String fingerprint, String text) {
    return Sha256.hex(fingerprint + '\u0000' + AnnotationCodec.VERSION + '\u0000' + text);
  }
}
