package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.ModelLoader;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachedLanguageIdentifier;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.annotate.embed.SentenceEncoder;
import org.dateline.annotate.sentiment.NewsModel;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.model.SentimentEngineId;

/**
 * Puts together what a command annotates with: the {@link Models}, the annotation cache in front
 * of them, and what is loaded ahead on background threads while the command reads its input.
 * The commands ask it instead of naming CoreNLP, Lingua or SQLite, so that a test builds them
 * over fake models and loads none. Immutable.
 */
public final class Assembly {

  private static final Assembly STANDARD = new Assembly(Models.standard());

  private final Models models;

  private Assembly(Models models) {
    this.models = Objects.requireNonNull(models, "models");
  }

  /** Over CoreNLP and Lingua. */
  public static Assembly standard() {
    return STANDARD;
  }

  /** Over {@code models}. */
  public static Assembly of(Models models) {
    return new Assembly(models);
  }

  /** A language identifier, for the languages a run may keep and for the run itself. */
  public LanguageIdentifier languages() {
    return models.languages();
  }

  /**
   * Starts loading the cache's database driver and its native library on a background thread,
   * for a command that will open a cache and would otherwise wait for them before opening it.
   */
  public void preloadCache() {
    AnnotationCache.preload();
  }

  /**
   * The annotator and language identifier of a run with {@code settings}, behind the cache at
   * {@code cacheFile} (created if missing) or behind none. The models load at once when the run
   * will surely annotate (no cache, or a new or empty one), on a background thread while the run
   * reads its input; otherwise on the first text the cache lacks. The news engine's model, and
   * its sentence encoder when the cache cannot hold its scores yet, load ahead as well.
   *
   * @param cacheFile the cache, or null for none
   * @param loading called just before the models load, on the thread loading them
   */
  public OpenModels openRun(AnnotatorSettings settings, LanguageIdentifier languages, Path cacheFile,
      Runnable loading) throws IOException {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(languages, "languages");
    ModelLoader loader = new ModelLoader(() -> {
      loading.run();
      return models.annotator(settings);
    });
    boolean news = settings.activeEngines().contains(SentimentEngineId.NEWS);
    if (news) {
      NewsModel.preload();
    }
    boolean newCache = cacheFile != null && Files.notExists(cacheFile);
    if (newCache) {
      // Every text will need annotating, so the models load while the cache is made.
      loader.start();
    }
    if (news && (cacheFile == null || newCache)) {
      // and scoring; a cache that holds the scores spares the encoder
      SentenceEncoder.preload();
    }
    if (cacheFile == null) {
      return new OpenModels(loader.get(), languages, null, null);
    }
    AnnotationCache cache = AnnotationCache.open(cacheFile);
    try {
      if (cache.isEmpty()) {
        // Every text will need annotating: load the models while the input is read. A cache with
        // entries may hold every text, and then the models are never loaded.
        loader.start();
      }
      CachingAnnotator caching = new CachingAnnotator(cache, settings, models.engine(), models::fingerprint, loader);
      return new OpenModels(caching, new CachedLanguageIdentifier(cache, languages), cache, caching);
    } catch (Throwable e) {
      closeAfter(cache, e);
      throw e;
    }
  }

  /**
   * A tokenizer and a language identifier for {@code kwic}: tokens come from the cache at {@code
   * cacheFile} when any run stored them (see {@link CachedTokens}), else from the tokenizer,
   * which loads on the first text the cache lacks, or at once without a cache.
   *
   * @param cacheFile the cache, or null for none
   */
  public OpenModels openTokens(Path cacheFile) throws IOException {
    AnnotatorSettings tokens = AnnotatorSettings.defaults().withLayers(Layers.TERMS);
    Supplier<Annotator> tokenizer = () -> models.annotator(tokens);
    if (cacheFile == null) {
      return new OpenModels(tokenizer.get(), models.languages(), null, null);
    }
    AnnotationCache cache = AnnotationCache.open(cacheFile);
    try {
      return new OpenModels(new CachedTokens(cache, tokens, models, tokenizer), models.languages(), cache, null);
    } catch (Throwable e) {
      closeAfter(cache, e);
      throw e;
    }
  }

  /** Closes {@code cache}, which the command will not get because of {@code failure}. */
  private static void closeAfter(AnnotationCache cache, Throwable failure) {
    try {
      cache.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }
}
