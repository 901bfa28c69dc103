package org.dateline.cli;

import java.util.Locale;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;

/**
 * Whether this JVM's heap is large enough for a run's models, and what to do when it is not:
 * checked before any model loads, so that a run too large fails at once with advice instead of
 * minutes later with an {@link OutOfMemoryError}.
 */
final class HeapPolicy {

  private HeapPolicy() {}

  /** The heap this JVM may grow to, in MiB. */
  static long maxHeapMiB() {
    return Runtime.getRuntime().maxMemory() / (1024 * 1024);
  }

  /** What to tell the user when the heap is too small for the settings; null when it is not. */
  static String problem(AnnotatorSettings settings, long maxHeapMiB) {
    if (maxHeapMiB >= settings.requiredHeapMiB()) {
      return null;
    }
    StringBuilder smaller = new StringBuilder();
    for (Layers fewer : Layers.values()) {
      AnnotatorSettings less = settings.withLayers(fewer);
      if (fewer.compareTo(settings.layers()) < 0 && less.requiredHeapMiB() <= maxHeapMiB) {
        smaller.append(smaller.length() == 0 ? ", or choose " : " or ")
            .append("--layers ").append(fewer.label())
            .append(" (about ").append(less.requiredHeapMiB()).append(" MiB)");
      }
    }
    return String.format(Locale.ROOT,
        "the '%s' layers with the %s profile need about %d MiB of heap, but this JVM has %d MiB. "
            + "Run with more heap (the dateline launcher passes -Xmx4g; or java -Xmx4g -jar dateline.jar ...)%s.",
        settings.layers().label(), settings.profile().label(), settings.requiredHeapMiB(), maxHeapMiB, smaller);
  }
}
