package org.dateline.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;

/**
 * Tokens from the cache entries of any layers and profile (the tokenizer is the same for all,
 * so their tokens are the same), else from the tokenizer, kept in the cache as a terms entry.
 */
final class CachedTokens implements Annotator {
  private final List<CachingAnnotator> lookups = new ArrayList<>();
  private final CachingAnnotator terms;

  CachedTokens(AnnotationCache cache, AnnotatorSettings tokens, Models models, Supplier<Annotator> tokenizer) {
    terms = new CachingAnnotator(cache, tokens, models.engine(), models::fingerprint, tokenizer);
    for (Layers layers : List.of(Layers.ENTITIES, Layers.SENTIMENT)) {
      for (Profile profile : Profile.values()) {
        lookups.add(new CachingAnnotator(cache, tokens.withLayers(layers).withProfile(profile),
            models.engine(), models::fingerprint, tokenizer));
      }
    }
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    for (CachingAnnotator c : lookups) {
      var found = c.cached(article);
      if (found.isPresent()) {
        return found.get();
      }
    }
    return terms.annotate(article);
  }

  @Override
  public AnnotatorSettings settings() {
    return terms.settings();
  }

  @Override
  public org.dateline.annotate.Engine engine() {
    return terms.engine();
  }
}
