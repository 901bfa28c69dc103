package org.dateline.pipeline;

import java.util.Objects;
import java.util.Set;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.clean.GluedNames;
import org.dateline.clean.near.NearDuplicateSettings;
import org.dateline.corpus.LoadOptions;

/**
 * Settings of a run that are not the annotator's own.
 *
 * @param load how inputs are read (field names, a date or outlet for inputs without one)
 * @param languages ISO 639-1 codes of the languages to keep; a record the language identifier
 *     is confident is in none of them is skipped and counted, an uncertain one is kept as
 *     {@code und}. The annotator's models are English, so the default is {@code en}.
 * @param aggregate period, stopwords, lemma or word form
 * @param threads annotation worker threads, at least 1
 * @param strict when true, the run stops with a {@link PipelineException} naming the first
 *     problem (skipped or repaired record) instead of listing it and going on; repairs asked
 *     for with {@code gluedNames} do not stop it
 * @param gluedNames the names to split off glued neighbours before annotation (see {@link
 *     GluedNames}; the built-in names by default, since scraped KCNA pages glue most mentions
 *     of the leaders to their neighbours), or null to leave texts as they are
 * @param nearDuplicates whether near-duplicates are reported, dropped or not looked for
 */
public record PipelineConfig(
    LoadOptions load, Set<String> languages, AggregateSettings aggregate, int threads, boolean strict,
    GluedNames gluedNames, NearDuplicateSettings nearDuplicates) implements java.io.Serializable {

  public PipelineConfig {
    Objects.requireNonNull(load, "load");
    languages = Set.copyOf(Objects.requireNonNull(languages, "languages"));
    Objects.requireNonNull(aggregate, "aggregate");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
  }

  /** With near-duplicates reported at the default threshold. */
  public PipelineConfig(LoadOptions load, Set<String> languages, AggregateSettings aggregate, int threads,
      boolean strict, GluedNames gluedNames) {
    this(load, languages, aggregate, threads, strict, gluedNames, NearDuplicateSettings.defaults());
  }

  /** A lenient configuration that splits the built-in glued names: problems are listed and the run goes on. */
  public PipelineConfig(LoadOptions load, Set<String> languages, AggregateSettings aggregate, int threads) {
    this(load, languages, aggregate, threads, false, GluedNames.builtIn());
  }

  public static PipelineConfig defaults() {
    return new PipelineConfig(LoadOptions.defaults(), Set.of("en"), AggregateSettings.defaults(),
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  public PipelineConfig withThreads(int value) {
    return new PipelineConfig(load, languages, aggregate, value, strict, gluedNames, nearDuplicates);
  }

  public PipelineConfig withAggregate(AggregateSettings value) {
    return new PipelineConfig(load, languages, value, threads, strict, gluedNames, nearDuplicates);
  }

  public PipelineConfig withLoad(LoadOptions value) {
    return new PipelineConfig(value, languages, aggregate, threads, strict, gluedNames, nearDuplicates);
  }

  public PipelineConfig withLanguages(Set<String> value) {
    return new PipelineConfig(load, value, aggregate, threads, strict, gluedNames, nearDuplicates);
  }

  public PipelineConfig withStrict(boolean value) {
    return new PipelineConfig(load, languages, aggregate, threads, value, gluedNames, nearDuplicates);
  }

  /** Splits these names off glued neighbours before annotation; null turns the repair off. */
  public PipelineConfig withGluedNames(GluedNames value) {
    return new PipelineConfig(load, languages, aggregate, threads, strict, value, nearDuplicates);
  }

  public PipelineConfig withNearDuplicates(NearDuplicateSettings value) {
    return new PipelineConfig(load, languages, aggregate, threads, strict, gluedNames, value);
  }
}
