package org.dateline.annotate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.dateline.model.SentimentEngineId;

/**
 * What an {@link Annotator} computes.
 *
 * @param layers how far annotation goes
 * @param profile which annotator models and options
 * @param lemmas whether lemmas are needed even at {@link Layers#TERMS} (they always are from
 *     {@link Layers#ENTITIES} on)
 * @param maxParseLength sentences with more tokens than this are not parsed, so they get no
 *     CoreNLP sentiment; parsing time and memory grow steeply with length
 * @param engines the sentiment engines run under {@link Layers#SENTIMENT} (unmodifiable, never
 *     empty); the parser and CoreNLP's model load when {@code corenlp} or {@code news} is among them
 */
public record AnnotatorSettings(
    Layers layers, Profile profile, boolean lemmas, int maxParseLength, Set<SentimentEngineId> engines) implements java.io.Serializable {

  /** Every engine that is available: the default of {@code --sentiment}. */
  public static final Set<SentimentEngineId> ALL_ENGINES =
      Collections.unmodifiableSet(EnumSet.allOf(SentimentEngineId.class));

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
    Objects.requireNonNull(engines, "engines");
    if (engines.isEmpty()) {
      throw new IllegalArgumentException("at least one sentiment engine is needed; choose from "
          + ALL_ENGINES.stream().map(SentimentEngineId::label).toList()
          + ", or annotate with fewer layers (--layers entities) for no sentiment at all");
    }
    engines = Collections.unmodifiableSet(EnumSet.copyOf(engines));
  }

  /** Settings with every available sentiment engine. */
  public AnnotatorSettings(Layers layers, Profile profile, boolean lemmas, int maxParseLength) {
    this(layers, profile, lemmas, maxParseLength, ALL_ENGINES);
  }

  public static AnnotatorSettings defaults() {
    return new AnnotatorSettings(Layers.SENTIMENT, Profile.FAST, false, DEFAULT_MAX_PARSE_LENGTH);
  }

  public AnnotatorSettings withLayers(Layers value) {
    return new AnnotatorSettings(value, profile, lemmas, maxParseLength, engines);
  }

  public AnnotatorSettings withProfile(Profile value) {
    return new AnnotatorSettings(layers, value, lemmas, maxParseLength, engines);
  }

  public AnnotatorSettings withLemmas(boolean value) {
    return new AnnotatorSettings(layers, profile, value, maxParseLength, engines);
  }

  public AnnotatorSettings withEngines(Set<SentimentEngineId> value) {
    return new AnnotatorSettings(layers, profile, lemmas, maxParseLength, value);
  }

  /**
   * Whether the constituency parser and CoreNLP's sentiment model run: for {@code corenlp}, and
   * for {@code news}, whose features include CoreNLP's class probabilities.
   */
  public boolean runsCoreNlpSentiment() {
    return layers.includes(Layers.SENTIMENT)
        && (engines.contains(SentimentEngineId.CORENLP) || engines.contains(SentimentEngineId.NEWS));
  }

  /** The engines that score sentences: none below {@link Layers#SENTIMENT}. */
  public Set<SentimentEngineId> activeEngines() {
    return layers.includes(Layers.SENTIMENT) ? engines : Set.of();
  }

  /**
   * The engines whose scores the annotator itself computes: the active ones, with {@code news}
   * replaced by the two whose scores it is computed from (it is added after annotation, from
   * the annotations). Runs that differ only in {@code news} annotate alike, so they share
   * cache entries.
   */
  public Set<SentimentEngineId> annotatedEngines() {
    Set<SentimentEngineId> active = activeEngines();
    if (!active.contains(SentimentEngineId.NEWS)) {
      return active;
    }
    EnumSet<SentimentEngineId> out = EnumSet.copyOf(active);
    out.remove(SentimentEngineId.NEWS);
    out.add(SentimentEngineId.CORENLP);
    out.add(SentimentEngineId.VADER);
    return Collections.unmodifiableSet(out);
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
    if (runsCoreNlpSentiment()) {
      return profile == Profile.FULL ? 3600 : 3000;
    }
    // text engines such as VADER need a few MiB for their lexicon
    if (layers.includes(Layers.ENTITIES)) {
      return profile == Profile.FULL ? 1500 : 700;
    }
    return needsLemmas() ? 400 : 200;
  }
}
