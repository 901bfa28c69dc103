package org.dateline.annotate.corenlp;

import java.util.EnumMap;
import java.util.Map;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;

/**
 * Loads each set of CoreNLP models at most once per test JVM: model loading takes most of a
 * test run's time and heap.
 */
public final class SharedAnnotators {
  private static final Map<Layers, Annotator> BY_LAYERS = new EnumMap<>(Layers.class);

  private SharedAnnotators() {}

  public static synchronized Annotator get(Layers layers) {
    return BY_LAYERS.computeIfAbsent(
        layers, l -> new CoreNlpAnnotator(AnnotatorSettings.defaults().withLayers(l), true));
  }
}
