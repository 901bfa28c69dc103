package org.dateline.annotate.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Sentence;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Token;
import org.dateline.testing.FakeAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache key changes with anything that changes annotations, and with nothing else. */
class CoreNlpFingerprintTest {

  @TempDir Path dir;

  static final String LEXICON = "org/dateline/annotate/sentiment/vader_lexicon.txt";

  final Map<String, byte[]> resources = new HashMap<>(Map.of(
      CoreNlpProperties.NAMES_MAPPING, "Rodong Sinmun\tORGANIZATION\n".getBytes(StandardCharsets.UTF_8),
      LEXICON, "good\t1.9\t0.9\t[2, 2, 1, 2, 3, 3, 1, 2, 2, 1]\n".getBytes(StandardCharsets.UTF_8)));

  String fingerprint(AnnotatorSettings settings) {
    return CoreNlpFingerprint.of(settings, "1.0", resources::get);
  }

  @Test
  void changingTheNameListMissesTheCache() throws Exception {
    AnnotatorSettings settings = AnnotatorSettings.defaults().withLayers(Layers.ENTITIES);
    FakeAnnotator counting = FakeAnnotator.of(settings, article ->
        new AnnotatedArticle(article, List.of(new Sentence(List.of(new Token("Kim", "Kim", "NNP", "PERSON")), null)), List.of()));
    Article article = Article.builder().id("a").text("Kim").origin(Origin.record("f.json", 1)).build();
    try (AnnotationCache cache = AnnotationCache.open(dir.resolve("c.db"))) {
      new CachingAnnotator(cache, settings, new org.dateline.annotate.Engine("e", "1"), this::fingerprint, () -> counting).annotate(article);
      CachingAnnotator same = new CachingAnnotator(cache, settings, new org.dateline.annotate.Engine("e", "1"), this::fingerprint, () -> counting);
      same.annotate(article);
      assertEquals(1, same.hits());

      resources.put(CoreNlpProperties.NAMES_MAPPING,
          "Rodong Sinmun\tORGANIZATION\nKorean Central News Agency\tORGANIZATION\n".getBytes(StandardCharsets.UTF_8));
      CachingAnnotator changed = new CachingAnnotator(cache, settings, new org.dateline.annotate.Engine("e", "1"), this::fingerprint, () -> counting);
      changed.annotate(article);
      assertEquals(0, changed.hits());
      assertEquals(1, changed.misses());
    }
    assertEquals(2, counting.calls());
  }

  @Test
  void everyPropertyAndVersionCounts() {
    AnnotatorSettings base = AnnotatorSettings.defaults();
    String f = fingerprint(base);
    assertEquals(f, fingerprint(base), "the same settings give the same fingerprint");
    assertNotEquals(f, fingerprint(new AnnotatorSettings(Layers.SENTIMENT, base.profile(), false, 121)), "parse.maxlen");
    assertNotEquals(f, fingerprint(base.withProfile(org.dateline.annotate.Profile.FULL)), "ner.model");
    assertNotEquals(f, CoreNlpFingerprint.of(base, "1.1", resources::get), "program version");
    assertNotEquals(f, fingerprint(base.withEngines(Set.of(SentimentEngineId.VADER))), "sentiment engines");
    AnnotatorSettings terms = base.withLayers(Layers.TERMS);
    assertEquals(fingerprint(terms), fingerprint(terms.withEngines(Set.of(SentimentEngineId.VADER))),
        "below the sentiment layer no engine runs, so the choice shares entries");
    resources.put(LEXICON, "good\t2.0\t0.9\t[2, 2, 1, 2, 3, 3, 1, 2, 2, 1]\n".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(f, fingerprint(base), "VADER lexicon");
  }

  @Test
  void theBundledNameListIsFound() {
    // The real resource, as the jar holds it: a missing one would fail every run.
    assertEquals(64, CoreNlpFingerprint.of(AnnotatorSettings.defaults()).length());
  }

  @Test
  void theNewsEngineSharesTheAnnotationsOfTheTwoItIsComputedFrom() {
    AnnotatorSettings base = AnnotatorSettings.defaults();
    String both = fingerprint(base.withEngines(java.util.EnumSet.of(org.dateline.model.SentimentEngineId.CORENLP,
        org.dateline.model.SentimentEngineId.VADER)));
    assertEquals(both, fingerprint(base.withEngines(java.util.Set.of(org.dateline.model.SentimentEngineId.NEWS))));
    assertEquals(both, fingerprint(base));
    assertNotEquals(both, fingerprint(base.withEngines(java.util.Set.of(org.dateline.model.SentimentEngineId.VADER))));
  }
}
