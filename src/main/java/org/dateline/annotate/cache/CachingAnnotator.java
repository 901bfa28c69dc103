package org.dateline.annotate.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.cache.AnnotationCodec.Annotations;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;

/**
 * Wraps an annotator with an {@link AnnotationCache}. The key is a SHA-256 of the engine
 * version, every annotator setting and the cleaned text, so a changed model, setting or text
 * never reads a stale entry, while aggregation settings (period, stopwords, lemma counting)
 * are not part of it and never cause annotation.
 *
 * <p>The wrapped annotator is built on the first miss only: a run whose every article is
 * cached loads no models. Thread-safe when the wrapped annotator is.
 */
public final class CachingAnnotator implements Annotator {

  private final AnnotationCache cache;
  private final AnnotatorSettings settings;
  private final String engineVersion;
  private final Supplier<Annotator> factory;
  private volatile Annotator delegate;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  /**
   * @param factory builds the real annotator; called at most once, on the first miss
   */
  public CachingAnnotator(AnnotationCache cache, AnnotatorSettings settings, String engineVersion,
      Supplier<Annotator> factory) {
    this.cache = Objects.requireNonNull(cache, "cache");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.engineVersion = Objects.requireNonNull(engineVersion, "engineVersion");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Optional<AnnotatedArticle> found = cached(article);
    if (found.isPresent()) {
      hits.incrementAndGet();
      return found.get();
    }
    String key = key(settings, article.text());
    misses.incrementAndGet();
    AnnotatedArticle fresh = delegate().annotate(article);
    cache.put(key, fresh.sentences(), fresh.mentions());
    return fresh;
  }

  /**
   * The article's annotations when the cache holds them for these settings; never annotates
   * and counts neither a hit nor a miss.
   */
  public Optional<AnnotatedArticle> cached(Article article) {
    Objects.requireNonNull(article, "article");
    Optional<Annotations> cached = cache.get(key(settings, article.text()));
    if (cached.isEmpty() && !settings.needsLemmas()) {
      // Entries made with lemmas hold everything a lemma-free run reads, so switching
      // --lemma off and on does not annotate again.
      cached = cache.get(key(settings.withLemmas(true), article.text()));
    }
    return cached.map(c -> new AnnotatedArticle(article, c.sentences(), c.mentions()));
  }

  private Annotator delegate() {
    Annotator d = delegate;
    if (d == null) {
      synchronized (this) {
        d = delegate;
        if (d == null) {
          d = Objects.requireNonNull(factory.get(), "factory returned null");
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
  public String engineVersion() {
    return engineVersion;
  }

  /** Articles found in the cache so far. */
  public long hits() {
    return hits.get();
  }

  /** Articles annotated (and stored) so far. */
  public long misses() {
    return misses.get();
  }

  public AnnotationCache cache() {
    return cache;
  }

  String key(AnnotatorSettings settings, String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String header = engineVersion + '\u0000' + settings.layers() + '\u0000' + settings.profile() + '\u0000'
          + settings.needsLemmas() + '\u0000' + settings.maxParseLength() + '\u0000'
          + settings.activeEngines() + '\u0000';
      sha.update(header.getBytes(StandardCharsets.UTF_8));
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
