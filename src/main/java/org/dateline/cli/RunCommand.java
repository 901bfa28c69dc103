package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.Alias;
import org.dateline.aggregate.EntityRules;
import org.dateline.analysis.Reference;
import org.dateline.report.ResearchOptions;
import org.dateline.aggregate.Stopwords;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.ModelLoader;
import org.dateline.annotate.Profile;
import org.dateline.annotate.cache.AnnotationCache;
import org.dateline.annotate.cache.CachedLanguageIdentifier;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.annotate.corenlp.CoreNlpFingerprint;
import org.dateline.clean.GluedNames;
import org.dateline.clean.LinguaLanguageIdentifier;
import org.dateline.corpus.DateParser;
import org.dateline.corpus.FieldMapping;
import org.dateline.corpus.LoadOptions;
import org.dateline.model.Period;
import org.dateline.model.ProblemKind;
import org.dateline.model.SentimentEngineId;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.Preflight;
import org.dateline.pipeline.RunResult;
import org.dateline.report.RunReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline run}: the whole pipeline, from input files to report tables. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Loads articles from INPUT files and folders, annotates them with Stanford CoreNLP, and writes",
      "documents.csv, terms_by_date.csv, entities_by_date.csv, sentiment_by_date.csv,",
      "entity_sentiment_by_date.csv, keyness_by_date.csv, bursts.csv, cooccurrence_by_date.csv, collocations.csv,",
      "errors.csv, report.html and manifest.json to the output folder.",
      "The sentiment layer (the default) needs about 4 GB of heap: use the dateline launcher, or java -Xmx4g."
    },
    sortOptions = false)
final class RunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (walked recursively, in sorted order).")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--period", paramLabel = "PERIOD", defaultValue = "day",
      description = "day, week (from Monday), month or year (default: ${DEFAULT-VALUE}).")
  Period period;

  @Option(names = "--layers", paramLabel = "LAYERS", defaultValue = "sentiment",
      description = "terms, entities (terms and entities) or sentiment (all three; default).")
  Layers layers;

  @Option(names = "--sentiment", paramLabel = "ENGINES", split = ",", defaultValue = "corenlp,vader",
      converter = EngineConverter.class,
      description = "Sentiment engines under --layers sentiment: corenlp (CoreNLP's model on the parse), "
          + "vader (lexicon and rules, no parse; with vader alone the parser is not loaded). Default: all.")
  List<SentimentEngineId> sentiment;

  @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "fast",
      description = "fast (shift-reduce parser, CoNLL 4-class NER; default) or full (CoreNLP's complete NER with SUTime and fine-grained types).")
  Profile profile;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads, 1 to 4 per core (default: the number of cores).")
  Integer threads;

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

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
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

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Annotation cache (SQLite). Default: OUTPUT/.cache/annotations.db. Unchanged texts are never annotated twice.")
  Path cacheFile;

  @Option(names = "--no-cache", description = "Annotate everything and keep no cache.")
  boolean noCache;

  @Option(names = "--strict",
      description = "Stop with exit code 1 at the first skipped or repaired record, naming its file, record and kind, and write no reports.")
  boolean strict;

  @Option(names = "--no-split-glued-names",
      description = "Leave leaders' names glued to neighbouring words ('atKim Il SungSquare') as they are; by default spaces are put around them and each repaired record is listed in errors.csv.")
  boolean noSplitGluedNames;

  @Option(names = "--names", paramLabel = "FILE",
      description = "More names to split off glued neighbours (one per line, # comments), added to the built-in list.")
  Path namesFile;

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

  /** More threads than this per core only add memory and contention: annotation is CPU-bound. */
  static final int MAX_THREADS_PER_CORE = 4;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkOptions();
    String inputProblem = Preflight.missingInput(inputs);
    if (inputProblem == null) {
      inputProblem = Preflight.missingListFile("--stopwords", stopwords);
    }
    if (inputProblem == null) {
      inputProblem = Preflight.missingListFile("--names", namesFile);
    }
    if (inputProblem == null) {
      inputProblem = Preflight.missingListFile("--aliases", aliasesFile);
    }
    if (inputProblem != null) {
      err.println("dateline: " + inputProblem);
      return 2;
    }
    Path cachePath = noCache ? null : cacheFile != null ? cacheFile : output.resolve(".cache").resolve("annotations.db");
    String placeProblem = Preflight.outputFolderProblem(output);
    if (placeProblem == null && cachePath != null) {
      placeProblem = Preflight.cacheFileProblem(cachePath);
    }
    if (placeProblem != null) {
      err.println("dateline: " + placeProblem);
      return 2;
    }
    ResearchOptions research;
    try {
      research = new ResearchOptions(minCount, reference, collocationSizes, !noResearchTables);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    AnnotatorSettings annotatorSettings = new AnnotatorSettings(layers, profile, lemma, maxParseLength, EnumSet.copyOf(sentiment));
    String heapProblem = heapProblem(annotatorSettings, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    if (heapProblem != null) {
      err.println("dateline: " + heapProblem);
      return 1;
    }
    LinguaLanguageIdentifier identifier = new LinguaLanguageIdentifier();
    PipelineConfig config = new PipelineConfig(loadOptions(), languageSet(identifier.supported()),
        aggregateSettings().withEntityRules(entityRules()).withNgramSize(research.maxCollocationSize()),
        threads != null ? threads : cores(), strict, gluedNames());

    ProgressPrinter progress = new ProgressPrinter(err, quiet, System.console() != null);
    ModelLoader models = new ModelLoader(() -> {
      progress.message("loading models for layers '" + layers.label() + "', profile '" + profile.label() + "'...");
      return new CoreNlpAnnotator(annotatorSettings, true);
    });
    AnnotationCache cache = cachePath == null ? null : AnnotationCache.open(cachePath);
    try {
      if (cache != null && cache.isEmpty()) {
        // Every text will need annotating: load the models while the input is read. A cache with
        // entries may hold every text, and then the models are never loaded.
        models.start();
      }
      Annotator annotator = cache == null ? models.get()
          : new CachingAnnotator(cache, annotatorSettings, CoreNlpAnnotator.ENGINE, CoreNlpFingerprint::of, models);
      Pipeline pipeline = new Pipeline(config, annotator,
          cache == null ? identifier : new CachedLanguageIdentifier(cache, identifier), progress);
      RunResult result;
      try {
        result = pipeline.run(inputs);
      } catch (NoSuchFileException e) {
        err.println("dateline: no such input: " + e.getFile());
        return 2;
      }
      if (annotator instanceof CachingAnnotator caching) {
        result.counts().add(Counter.CACHE_ENTRIES_UNREADABLE, caching.unreadable());
      }
      List<Path> written = RunReports.write(result, pipeline.settings(), output, research, !noReport);
      out.printf(Locale.ROOT, "%d documents, %d tokens, %d problems (see errors.csv) in %.1f s%n",
          result.documents().size(), result.counts().get(Counter.TOKENS), result.problems().size(),
          result.elapsed().toMillis() / 1000.0);
      if (config.gluedNames() != null) {
        out.printf(Locale.ROOT, "glued names split in %d records%n", result.counts().problems(ProblemKind.REPAIRED_GLUED_NAME));
      }
      if (annotator instanceof CachingAnnotator caching) {
        out.printf(Locale.ROOT, "annotation cache %s: %d found, %d annotated%s%n",
            cache.file(), caching.hits(), caching.misses(),
            caching.unreadable() == 0 ? "" : " (" + caching.unreadable() + " unreadable entries annotated again)");
      }
      for (Path p : written) {
        out.println("wrote " + p);
      }
      return 0;
    } finally {
      if (cache != null) {
        cache.close();
      }
    }
  }

  private static int cores() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Refuses contradictory or impossible options with one line naming the option (exit 2). */
  private void checkOptions() {
    int maxThreads = MAX_THREADS_PER_CORE * cores();
    if (threads != null && (threads < 1 || threads > maxThreads)) {
      throw usage("--threads must be between 1 and " + maxThreads + " (" + MAX_THREADS_PER_CORE
          + " per core on this machine), was " + threads);
    }
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
    if (noCache && cacheFile != null) {
      throw usage("--no-cache and --cache " + cacheFile + " contradict each other; give one of them");
    }
    if (noStopwords && stopwords != null) {
      throw usage("--no-stopwords and --stopwords " + stopwords + " contradict each other; give one of them");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** What to tell the user when the heap is too small for the settings; null when it is not. */
  static String heapProblem(AnnotatorSettings settings, long maxHeapMiB) {
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

  private LoadOptions loadOptions() {
    FieldMapping fields = FieldMapping.defaults();
    if (dateField != null) fields = fields.withDate(dateField);
    if (textField != null) fields = fields.withText(textField);
    if (titleField != null) fields = fields.withTitle(titleField);
    if (authorField != null) fields = fields.withAuthor(authorField);
    if (idField != null) fields = fields.withId(idField);
    if (sourceField != null) fields = fields.withSource(sourceField);
    ZoneId zone;
    try {
      zone = ZoneId.of(timezone);
    } catch (DateTimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--timezone: '" + timezone + "' is not a time zone; give a region such as Asia/Pyongyang, or UTC, or an offset such as +09:00");
    }
    DateParser bounds = new DateParser();
    if (date != null && !bounds.inRange(date)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--date: " + date + " lies outside the accepted years 1800 to " + bounds.maxYear() + "; give the date the inputs were published");
    }
    return new LoadOptions(fields, date, source, zone, excluded());
  }

  /** The output folder and the cache, which a walk of an input folder must never read. */
  private Set<Path> excluded() {
    Set<Path> out = new LinkedHashSet<>();
    out.add(output);
    if (cacheFile != null) {
      out.add(cacheFile);
    }
    return out;
  }

  private EntityRules entityRules() throws IOException {
    EntityRules rules = EntityRules.defaults().withMajorityType(!noMajorityType).withShortNames(!noShortNames);
    List<Alias> aliases = new ArrayList<>(noBuiltinAliases ? List.of() : EntityRules.builtInAliases());
    String source = noBuiltinAliases ? "none" : "built-in";
    if (aliasesFile != null) {
      try {
        aliases.addAll(EntityRules.readAliases(aliasesFile));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--aliases: " + e.getMessage());
      }
      source = noBuiltinAliases ? aliasesFile.toString() : "built-in + " + aliasesFile;
    }
    return rules.withAliases(aliases, source);
  }

  private GluedNames gluedNames() throws IOException {
    if (noSplitGluedNames) {
      if (namesFile != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--names adds names to split, but --no-split-glued-names turns splitting off; give one of them");
      }
      return null;
    }
    GluedNames names = GluedNames.builtIn();
    return namesFile == null ? names : names.withNamesFrom(namesFile);
  }

  private Set<String> languageSet(Set<String> supported) {
    Set<String> set = new LinkedHashSet<>();
    for (String code : languages) {
      String c = code.trim().toLowerCase(Locale.ROOT);
      if (!supported.contains(c)) {
        // A language the detector never returns would silently drop every record.
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--languages: '" + code + "' is not a language the detector can tell; choose among "
                + String.join(",", new java.util.TreeSet<>(supported)));
      }
      set.add(c);
    }
    return set;
  }

  private AggregateSettings aggregateSettings() throws IOException {
    Stopwords words;
    if (noStopwords) {
      words = Stopwords.none();
    } else if (stopwords != null) {
      words = Stopwords.fromFile(stopwords);
    } else {
      words = Stopwords.english();
    }
    return new AggregateSettings(period, lemma, words);
  }
}
