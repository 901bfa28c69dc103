package org.dateline.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.EntityRules;
import org.dateline.aggregate.NgramCounts;
import org.dateline.aggregate.ResolvedEntities;

/** The manifest entries of the research tables and of the entity rules. */
public final class ResearchManifest {
  private ResearchManifest() {}

  /** {@code manifest} with the research settings, the entity-rule counts and the research timing added. */
  public static Manifest extend(Manifest manifest, CorpusTables tables, ResearchOptions options, long millis) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(options, "options");
    AggregateSettings aggregate = tables.settings();
    EntityRules rules = aggregate.entityRules();
    List<Manifest.Setting> settings = new ArrayList<>(manifest.settings());
    settings.add(new Manifest.Setting("research_tables", options.enabled() ? "on" : "off"));
    settings.add(new Manifest.Setting("min_count", Long.toString(options.minCount())));
    settings.add(new Manifest.Setting("reference", options.reference().label()));
    settings.add(new Manifest.Setting("collocation_size",
        String.join(",", options.collocationSizes().stream().map(String::valueOf).toList())));
    settings.add(new Manifest.Setting("aliases", rules.aliasSource() + " (" + rules.aliases().size() + " rules)"));
    settings.add(new Manifest.Setting("entity_majority_type", rules.majorityType() ? "on" : "off"));
    settings.add(new Manifest.Setting("entity_short_names", rules.shortNames() ? "on" : "off"));

    ResolvedEntities resolved = tables.resolvedEntities();
    NgramCounts ngrams = tables.research().ngrams();
    List<Manifest.Count> counts = new ArrayList<>(manifest.counts());
    counts.add(new Manifest.Count("entity_alias_rewrites", resolved.aliasRewrites()));
    counts.add(new Manifest.Count("entity_majority_type_changes", resolved.majorityTypeChanges()));
    counts.add(new Manifest.Count("entity_short_name_changes", resolved.shortNameChanges()));
    counts.add(new Manifest.Count("entity_run_short_name_changes", resolved.runShortNameChanges()));
    counts.add(new Manifest.Count("entity_ambiguous_short_names", resolved.ambiguousShortNames()));
    counts.add(new Manifest.Count("distinct_word_pairs", ngrams.distinct(2)));
    counts.add(new Manifest.Count("distinct_word_triples", ngrams.distinct(3)));
    List<Manifest.Timing> timings = new ArrayList<>(manifest.timings());
    timings.add(new Manifest.Timing("research_tables", millis));
    return new Manifest(manifest.program(), manifest.version(), manifest.corenlpVersion(), settings,
        manifest.inputs(), counts, timings, manifest.started(), manifest.finished());
  }
}
