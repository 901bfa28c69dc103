package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.aggregate.TopicSettings;
import org.dateline.analysis.Reference;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.model.Period;
import org.dateline.model.SentimentEngineId;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.Preflight;
import org.dateline.report.ResearchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of a run that do not depend on where it runs: output, layers, tables, entity
 * rules, and the reading options of {@link InputOptions}. Mixed into {@code dateline run} and into the Spark job's {@code run}, so the two
 * take the same options, spelled and checked the same way. The config is built from them by
 * {@link RunConfigBuilder}, which reads the files they name.
 */
public final class RunOptions {

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec mixee;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "day",
      description = "day, week (from Monday), month or year (default: ${DEFAULT-VALUE}).")
  Period period;

  @Option(names = "--layers", paramLabel = "LAYERS", defaultValue = "sentiment",
      description = "terms, entities (terms and entities) or sentiment (all three; default).")
  Layers layers;

  @Option(names = "--sentiment", paramLabel = "ENGINES", split = ",", defaultValue = "corenlp,vader,news",
      converter = EngineConverter.class,
      description = "Sentiment engines under --layers sentiment: corenlp (CoreNLP's model on the parse), "
          + "vader (lexicon and rules, no parse; with vader alone the parser is not loaded), news (a model "
          + "calibrated on news over both others' scores, so both run for it). Default: all.")
  List<SentimentEngineId> sentiment;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "fast",
      description = "fast (shift-reduce parser, CoNLL 4-class NER; default) or full (CoreNLP's complete NER with SUTime and fine-grained types).")
  Profile profile;

  @Option(names = "--lemma", description = "Count lemmas instead of lower-cased word forms.")
  boolean lemma;

  @Option(names = "--stopwords", paramLabel = "FILE",
      description = "Stopword list (one word per line, # comments) replacing the built-in English list.")
  Path stopwords;

  @Option(names = "--no-stopwords", description = "Count stopwords too.")
  boolean noStopwords;

  @Option(names = "--max-parse-length", paramLabel = "TOKENS", defaultValue = "" + AnnotatorSettings.DEFAULT_MAX_PARSE_LENGTH,
      description = "Sentences longer than this are not parsed and get no CoreNLP sentiment; VADER still scores them (default: ${DEFAULT-VALUE}).")
  int maxParseLength;

  @CommandLine.Mixin InputOptions input;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "" + ResearchOptions.DEFAULT_MIN_COUNT,
      description = "Smallest count a row of the keyness, bursts, co-occurrence and collocation tables needs, and the fewest mentions a row of the entity sentiment table needs (default: ${DEFAULT-VALUE}).")
  long minCount;

  @Option(names = "--reference", paramLabel = "REF", defaultValue = "rest",
      description = "Keyness compares each period with the rest of the run (rest; default) or the period before (previous).")
  Reference reference;

  @Option(names = "--collocation-size", paramLabel = "SIZES", split = ",", defaultValue = "2",
      description = "Word-sequence lengths scored in collocations.csv: 2 (default), 3, or 2,3.")
  List<Integer> collocationSizes;

  @Option(names = "--no-research-tables",
      description = "Write none of keyness_by_date.csv, bursts.csv, cooccurrence_by_date.csv and collocations.csv (the entity rules still apply).")
  boolean noResearchTables;

  @Option(names = "--no-report", description = "Do not write report.html (the page charting the tables).")
  boolean noReport;

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "Canonical names: a CSV with columns alias,canonical and optionally type, applied after (and over) the built-in DPRK list.")
  Path aliasesFile;

  @Option(names = "--no-builtin-aliases", description = "Do not apply the built-in DPRK canonical names.")
  boolean noBuiltinAliases;

  @Option(names = "--no-majority-type", description = "Keep each entity mention's own type instead of the type most of the name's mentions get in the document.")
  boolean noMajorityType;

  @Option(names = "--no-short-names", description = "Keep short person names ('Trump') as written instead of counting them under the document's one longer name, or the run's one person of that name.")
  boolean noShortNames;

  @Option(names = "--topics", paramLabel = "K",
      description = "Fit a topic model (LDA) with K topics on the dated documents' terms and write topics.csv, "
          + "topics_by_date.csv and document_topics.csv (default: no topic model; see docs/topics.md).")
  Integer topics;

  @Option(names = "--topic-iterations", paramLabel = "N", defaultValue = "" + TopicSettings.DEFAULT_ITERATIONS,
      description = "Gibbs sampling iterations of the topic model (default: ${DEFAULT-VALUE}).")
  int topicIterations;

  @Option(names = "--topic-seed", paramLabel = "S", defaultValue = "" + TopicSettings.DEFAULT_SEED,
      description = "Seed of the topic model's random stream; the same seed gives the same tables (default: ${DEFAULT-VALUE}).")
  long topicSeed;

  @Option(names = "--topic-words", paramLabel = "N", defaultValue = "" + TopicSettings.DEFAULT_WORDS,
      description = "Top words listed and scored per topic (default: ${DEFAULT-VALUE}).")
  int topicWords;

  @Option(names = "--dictionary", paramLabel = "FILE",
      description = "A dictionary to count (repeatable): YAML as quanteda writes it (.yml, .yaml), LIWC (.dic) or "
          + "two columns category,entry (.csv, .tsv); entries are case-insensitive globs, phrases match "
          + "consecutive words of a sentence. Writes dictionary_by_date.csv, dictionary_by_document.csv and "
          + "dictionary_by_entity_date.csv (see docs/dictionaries.md).")
  List<Path> dictionaryFiles = new java.util.ArrayList<>();

  @Option(names = "--dictionary-scope", paramLabel = "SCOPE", defaultValue = "key",
      description = "key: the words of a match are not matched again by its category (default); dictionary: "
          + "the longest match over all categories of a dictionary takes its words from all of them.")
  org.dateline.aggregate.dictionary.DictionaryScope dictionaryScope;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
  boolean quiet;

  /** Where the reports go. */
  public Path output() {
    return output;
  }

  /** True when progress lines are not wanted. */
  public boolean quiet() {
    return quiet;
  }

  /** True unless {@code --no-report}. */
  public boolean htmlReport() {
    return !noReport;
  }

  /**
   * Refuses contradictory or impossible options with one line naming the option (exit 2).
   *
   * @throws CommandLine.ParameterException naming the option and the fix
   */
  public void check() {
    if (maxParseLength < 1) {
      throw usage("--max-parse-length must be at least 1 token, was " + maxParseLength
          + "; use a large value such as 1000 to parse nearly every sentence");
    }
    input.check();
    topicSettings();
    if (noStopwords && stopwords != null) {
      throw usage("--no-stopwords and --stopwords " + stopwords + " contradict each other; give one of them");
    }
  }

  /** What is wrong with a list file named by an option (missing, a folder), or null. */
  public String listFileProblem() {
    String problem = Preflight.missingListFile("--stopwords", stopwords);
    if (problem == null) {
      problem = input.listFileProblem();
    }
    if (problem == null) {
      problem = Preflight.missingListFile("--aliases", aliasesFile);
    }
    for (Path dictionary : dictionaryFiles) {
      if (problem == null) {
        problem = Preflight.missingListFile("--dictionary", dictionary);
      }
    }
    return problem;
  }

  /** The topic model asked for, or null without {@code --topics}. */
  public TopicSettings topicSettings() {
    if (topics == null) {
      return null;
    }
    try {
      return new TopicSettings(topics, topicIterations, topicSeed, topicWords);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /** The research tables asked for. */
  public ResearchOptions research() {
    try {
      return new ResearchOptions(minCount, reference, collocationSizes, !noResearchTables);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  public AnnotatorSettings annotatorSettings() {
    return new AnnotatorSettings(layers, profile, lemma, maxParseLength, EnumSet.copyOf(sentiment));
  }

  /**
   * The pipeline's settings, with the lists the options name read.
   *
   * @param supportedLanguages the codes the language identifier tells
   * @param threads annotation threads
   * @param excluded files and folders a walk of an input folder must never read
   */
  public PipelineConfig pipelineConfig(Set<String> supportedLanguages, int threads, Set<Path> excluded)
      throws IOException {
    return new RunConfigBuilder(input, this).build(supportedLanguages, threads, excluded);
  }

  /** The line a run prints while the models load. */
  public String loadingMessage() {
    return "loading models for layers '" + layers.label() + "', profile '" + profile.label() + "'...";
  }

  /** Bad usage, as picocli reports it: one line naming the option (exit 2). */
  CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(mixee.commandLine(), message);
  }
}
