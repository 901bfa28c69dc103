package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.analysis.Reference;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.clean.near.NearDuplicateSettings;
import org.dateline.model.Period;
import org.dateline.model.SentimentEngineId;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.Preflight;
import org.dateline.report.ResearchOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of a run that do not depend on where it runs: output, layers, fields, tables,
 * entity rules. Mixed into {@code dateline run} and into the Spark job's {@code run}, so the two
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

  @Option(names = "--languages", paramLabel = "CODES", split = ",", defaultValue = "en",
      description = "ISO 639-1 codes of the languages to keep (default: ${DEFAULT-VALUE}); records confidently in another language are skipped and counted, uncertain ones kept as 'und'.")
  List<String> languages;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateOption.class,
      description = "Date for inputs that carry none of their own (page text; records without a date field), between 1800 and next year.")
  LocalDate date;

  @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone whose calendar day an instant (a time with an offset, an epoch number) falls on (default: ${DEFAULT-VALUE}; Asia/Pyongyang suits KCNA).")
  String timezone;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet name for inputs that name none.")
  String source;

  @Option(names = "--date-field", paramLabel = "NAME", description = "JSON/CSV field holding the date (tried before the usual names).")
  String dateField;

  @Option(names = "--text-field", paramLabel = "NAME", description = "JSON/CSV field holding the text.")
  String textField;

  @Option(names = "--title-field", paramLabel = "NAME", description = "JSON/CSV field holding the title.")
  String titleField;

  @Option(names = "--author-field", paramLabel = "NAME", description = "JSON/CSV field holding the author.")
  String authorField;

  @Option(names = "--id-field", paramLabel = "NAME", description = "JSON/CSV field holding the document id.")
  String idField;

  @Option(names = "--source-field", paramLabel = "NAME", description = "JSON/CSV field holding the outlet.")
  String sourceField;

  @Option(names = "--strict",
      description = "Stop with exit code 1 at the first skipped or repaired record, naming its file, record and kind, and write no reports.")
  boolean strict;

  @Option(names = "--no-split-glued-names",
      description = "Leave leaders' names glued to neighbouring words ('atKim Il SungSquare') as they are; by default spaces are put around them and each repaired record is listed in errors.csv.")
  boolean noSplitGluedNames;

  @Option(names = "--names", paramLabel = "FILE",
      description = "More names to split off glued neighbours (one per line, # comments), added to the built-in list.")
  Path namesFile;

  @Option(names = "--near-duplicates", paramLabel = "MODE", defaultValue = "report",
      description = "Records whose text nearly matches another's (the same story republished with edits): report "
          + "(list each cluster in near_duplicates.csv and count every record; default), drop (also skip all "
          + "but the earliest dated of each cluster, listing them in errors.csv) or off.")
  NearDuplicateSettings.Mode nearDuplicates;

  @Option(names = "--near-duplicate-threshold", paramLabel = "J",
      defaultValue = "" + NearDuplicateSettings.DEFAULT_THRESHOLD,
      description = "Least estimated Jaccard similarity of two records' word 2-grams for them to be near-duplicates, "
          + "above 0 and at most 1 (default: ${DEFAULT-VALUE}; see docs/near-duplicates.md for the figures).")
  double nearDuplicateThreshold;

  @Option(names = "--near-duplicate-window", paramLabel = "DAYS",
      description = "Only records dated at most this many days apart are near-duplicates (default: any dates; "
          + "with a window, undated records match nothing).")
  Integer nearDuplicateWindow;

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

  @Option(names = "--no-short-names", description = "Keep short person names ('Trump') as written instead of counting them under the document's one longer name.")
  boolean noShortNames;

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
    String[][] fields = {
      {"--date-field", dateField}, {"--text-field", textField}, {"--title-field", titleField},
      {"--author-field", authorField}, {"--id-field", idField}, {"--source-field", sourceField}};
    for (String[] field : fields) {
      if (field[1] != null && field[1].isBlank()) {
        throw usage(field[0] + " must name a field, was empty");
      }
    }
    nearDuplicateSettings();
    if (noStopwords && stopwords != null) {
      throw usage("--no-stopwords and --stopwords " + stopwords + " contradict each other; give one of them");
    }
  }

  /** The near-duplicate check asked for. */
  public NearDuplicateSettings nearDuplicateSettings() {
    if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
      throw usage("--near-duplicate-threshold must be above 0 and at most 1, was " + nearDuplicateThreshold);
    }
    if (nearDuplicateWindow != null && nearDuplicateWindow < 0) {
      throw usage("--near-duplicate-window must be 0 days or more, was " + nearDuplicateWindow);
    }
    return new NearDuplicateSettings(nearDuplicates, nearDuplicateThreshold, nearDuplicateWindow);
  }

  /** What is wrong with a list file named by an option (missing, a folder), or null. */
  public String listFileProblem() {
    String problem = Preflight.missingListFile("--stopwords", stopwords);
    if (problem == null) {
      problem = Preflight.missingListFile("--names", namesFile);
    }
    if (problem == null) {
      problem = Preflight.missingListFile("--aliases", aliasesFile);
    }
    return problem;
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
    return new RunConfigBuilder(this).build(supportedLanguages, threads, excluded);
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
