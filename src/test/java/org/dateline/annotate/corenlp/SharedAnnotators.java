package org.dateline.annotate.corenlp;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;

/**
 * Loads each set of CoreNLP models at most once per test JVM: model loading takes most of a
 * test run's time and heap.
 */
public final class SharedAnnotators {
  private static final Map<Layers, Annotator> BY_LAYERS = new EnumMap<>(Layers.class);
  private static final Map<Pretokenized, Annotator> PRETOKENIZED = new HashMap<>();

  private record Pretokenized(Layers layers, Profile profile) {}

  private SharedAnnotators() {}

  public static synchronized Annotator get(Layers layers) {
    return BY_LAYERS.computeIfAbsent(
        layers, l -> new CoreNlpAnnotator(AnnotatorSettings.defaults().withLayers(l), true));
  }

  /** The pre-tokenizing annotator for evaluations against gold tokens, as {@code eval} builds it. */
  public static synchronized Annotator pretokenized(Layers layers, Profile profile) {
    return PRETOKENIZED.computeIfAbsent(new Pretokenized(layers, profile), k -> CoreNlpAnnotator.pretokenized(
        AnnotatorSettings.defaults().withLayers(k.layers()).withProfile(k.profile()), true));
  }
}
