package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.Alias;
import org.dateline.aggregate.EntityRules;
import org.dateline.aggregate.Stopwords;
import org.dateline.aggregate.dictionary.Dictionaries;
import org.dateline.aggregate.dictionary.Dictionary;
import org.dateline.aggregate.dictionary.DictionaryException;
import org.dateline.aggregate.dictionary.DictionaryReader;
import org.dateline.clean.GluedNames;
import org.dateline.corpus.DateParser;
import org.dateline.corpus.FieldMapping;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.RecordLimit;
import org.dateline.pipeline.PipelineConfig;

/**
 * Builds a run's {@link PipelineConfig} from its {@link InputOptions} and, for a run that
 * counts (not {@code extract}), its {@link RunOptions}: reads the files they name
 * (stopwords, aliases, names) and refuses, naming the option, values that only turn out wrong
 * when read or resolved (a time zone, a date, a language, an alias file's rows).
 */
final class RunConfigBuilder {

  private final InputOptions input;
  private final RunOptions options;

  /**
   * @param input the reading options
   * @param options the run's other options, or null where nothing is counted ({@code extract}):
   *     the counting settings are then the defaults
   */
  RunConfigBuilder(InputOptions input, RunOptions options) {
    this.input = Objects.requireNonNull(input, "input");
    this.options = options;
  }

  /**
   * @param supportedLanguages the codes the language identifier tells
   * @param threads annotation threads
   * @param excluded files and folders a walk of an input folder must never read
   */
  PipelineConfig build(Set<String> supportedLanguages, int threads, Set<Path> excluded) throws IOException {
    AggregateSettings counting = options == null ? AggregateSettings.defaults()
        : aggregateSettings().withEntityRules(entityRules()).withNgramSize(options.research().maxCollocationSize())
            .withTopics(options.topicSettings()).withDictionaries(dictionaries());
    // A dictionary kept beside the corpus is no document of it.
    Set<Path> notRead = new LinkedHashSet<>(excluded);
    if (options != null) {
      notRead.addAll(options.dictionaryFiles);
    }
    return new PipelineConfig(loadOptions(notRead), languageSet(supportedLanguages), counting,
        threads, input.strict, gluedNames(), input.nearDuplicateSettings());
  }

  private LoadOptions loadOptions(Set<Path> excluded) {
    FieldMapping fields = FieldMapping.defaults();
    if (input.dateField != null) fields = fields.withDate(input.dateField);
    if (input.textField != null) fields = fields.withText(input.textField);
    if (input.titleField != null) fields = fields.withTitle(input.titleField);
    if (input.authorField != null) fields = fields.withAuthor(input.authorField);
    if (input.idField != null) fields = fields.withId(input.idField);
    if (input.sourceField != null) fields = fields.withSource(input.sourceField);
    ZoneId zone;
    try {
      zone = ZoneId.of(input.timezone);
    } catch (DateTimeException e) {
      throw input.usage("--timezone: '" + input.timezone
          + "' is not a time zone; give a region such as Asia/Pyongyang, or UTC, or an offset such as +09:00");
    }
    DateParser bounds = new DateParser();
    if (input.date != null && !bounds.inRange(input.date)) {
      throw input.usage("--date: " + input.date + " lies outside the accepted years 1800 to " + bounds.maxYear()
          + "; give the date the inputs were published");
    }
    if (input.maxRecordMb < 1 || input.maxRecordMb > 2000) {
      throw input.usage("--max-record-mb: " + input.maxRecordMb + " is not between 1 and 2000 MB");
    }
    return new LoadOptions(fields, input.date, input.source, zone, excluded)
        .withDelimiter(input.delimiter).withDateOrder(input.dateOrder)
        .withMaxRecordChars(RecordLimit.chars(input.maxRecordMb));
  }

  private EntityRules entityRules() throws IOException {
    EntityRules rules = EntityRules.defaults().withMajorityType(!options.noMajorityType)
        .withShortNames(!options.noShortNames);
    List<Alias> aliases = new ArrayList<>(options.noBuiltinAliases ? List.of() : EntityRules.builtInAliases());
    String source = options.noBuiltinAliases ? "none" : "built-in";
    if (options.aliasesFile != null) {
      try {
        aliases.addAll(EntityRules.readAliases(options.aliasesFile));
      } catch (IllegalArgumentException e) {
        throw options.usage("--aliases: " + e.getMessage());
      }
      source = options.noBuiltinAliases ? options.aliasesFile.toString() : "built-in + " + options.aliasesFile;
    }
    return rules.withAliases(aliases, source);
  }

  /** Reads every --dictionary file; a file that cannot be counted is refused naming its line. */
  private Dictionaries dictionaries() throws IOException {
    List<Dictionary> read = new ArrayList<>();
    for (Path file : options.dictionaryFiles) {
      try {
        read.add(DictionaryReader.read(file));
      } catch (DictionaryException e) {
        throw options.usage("--dictionary " + e.getMessage());
      }
    }
    try {
      return new Dictionaries(read, options.dictionaryScope);
    } catch (IllegalArgumentException e) {
      throw options.usage("--dictionary: " + e.getMessage());
    }
  }

  private GluedNames gluedNames() throws IOException {
    if (input.noSplitGluedNames) {
      if (input.namesFile != null) {
        throw input.usage("--names adds names to split, but --no-split-glued-names turns splitting off; give one of them");
      }
      return null;
    }
    GluedNames names = GluedNames.builtIn();
    return input.namesFile == null ? names : names.withNamesFrom(input.namesFile);
  }

  private Set<String> languageSet(Set<String> supported) {
    Set<String> set = new LinkedHashSet<>();
    for (String code : input.languages) {
      String c = code.trim().toLowerCase(Locale.ROOT);
      if (!supported.contains(c)) {
        // A language the detector never returns would silently drop every record.
        throw input.usage("--languages: '" + code + "' is not a language the detector can tell; choose among "
            + String.join(",", new TreeSet<>(supported)));
      }
      set.add(c);
    }
    return set;
  }

  private AggregateSettings aggregateSettings() throws IOException {
    Stopwords words;
    if (options.noStopwords) {
      words = Stopwords.none();
    } else if (options.stopwords != null) {
      words = Stopwords.fromFile(options.stopwords);
    } else {
      words = Stopwords.english();
    }
    return new AggregateSettings(options.period, options.lemma, words);
  }
}
