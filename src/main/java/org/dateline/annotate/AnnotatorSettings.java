package org.dateline.annotate;

import java.util.Objects;

/**
 * What an {@link Annotator} computes.
 *
 * @param layers how far annotation goes
 * @param profile which annotator models and options
 * @param lemmas whether lemmas are needed even at {@link Layers#TERMS} (they always are from
 *     {@link Layers#ENTITIES} on)
 * @param maxParseLength sentences with more tokens than this are not parsed, so they get no
 *     sentiment; parsing time and memory grow steeply with length
 */
public record AnnotatorSettings(Layers layers, Profile profile, boolean lemmas, int maxParseLength) {

  /** Sentences longer than this many tokens are left unparsed by default. */
  public static final int DEFAULT_MAX_PARSE_LENGTH = 120;

  public AnnotatorSettings {
    Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(profile, "profile");
    if (maxParseLength < 1) {
      throw new IllegalArgumentException(
          "maxParseLength must be at least 1, was " + maxParseLength
              + "; use a large value such as 1000 to parse nearly every sentence");
    }
  }

  public static AnnotatorSettings defaults() {
    return new AnnotatorSettings(Layers.SENTIMENT, Profile.FAST, false, DEFAULT_MAX_PARSE_LENGTH);
  }

  public AnnotatorSettings withLayers(Layers value) {
    return new AnnotatorSettings(value, profile, lemmas, maxParseLength);
  }

  public AnnotatorSettings withProfile(Profile value) {
    return new AnnotatorSettings(layers, value, lemmas, maxParseLength);
  }

  public AnnotatorSettings withLemmas(boolean value) {
    return new AnnotatorSettings(layers, profile, value, maxParseLength);
  }

  /** Whether the tagger and lemmatizer run. */
  public boolean needsLemmas() {
    return lemmas || layers.includes(Layers.ENTITIES);
  }

  /**
   * About how much heap the models for these settings need, in MiB, with room for the longest
   * parsed sentences. An entities run peaks near 500 MiB with the fast profile, and the full
   * profile's extra NER models take about 800 MiB more; the parser and sentiment model need
   * most of the rest.
   */
  public long requiredHeapMiB() {
    if (layers.includes(Layers.SENTIMENT)) {
      return profile == Profile.FULL ? 3600 : 3000;
    }
    if (layers.includes(Layers.ENTITIES)) {
      return profile == Profile.FULL ? 1500 : 700;
    }
    return needsLemmas() ? 400 : 200;
  }
}
