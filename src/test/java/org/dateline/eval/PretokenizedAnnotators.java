package org.dateline.eval;

import java.util.HashMap;
import java.util.Map;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;

/**
 * Loads each set of pre-tokenizing CoreNLP models at most once per test JVM: loading takes
 * most of a test run's time and heap.
 */
final class PretokenizedAnnotators {
  private record Key(Layers layers, Profile profile) {}

  private static final Map<Key, Annotator> CACHE = new HashMap<>();

  private PretokenizedAnnotators() {}

  static synchronized Annotator get(Layers layers, Profile profile) {
    return CACHE.computeIfAbsent(new Key(layers, profile), k -> CoreNlpAnnotator.pretokenized(
        AnnotatorSettings.defaults().withLayers(k.layers()).withProfile(k.profile()), true));
  }
}
