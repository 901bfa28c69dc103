package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.annotate.Profile;
import org.dateline.annotate.corenlp.CoreNlpAnnotator;
import org.dateline.eval.ConllDocument;
import org.dateline.eval.ConllReader;
import org.dateline.eval.EngineEvaluation;
import org.dateline.eval.EngineResult;
import org.dateline.eval.EvalCsvWriter;
import org.dateline.eval.EvalReport;
import org.dateline.eval.EvalThresholds;
import org.dateline.eval.EvaluationException;
import org.dateline.eval.GoldFormatException;
import org.dateline.eval.IobTag;
import org.dateline.eval.NerEvaluation;
import org.dateline.eval.NerResult;
import org.dateline.eval.NewsMtscReader;
import org.dateline.eval.RatingItem;
import org.dateline.eval.RatingsReader;
import org.dateline.eval.SentimentEvaluation;
import org.dateline.eval.SentimentResult;
import org.dateline.eval.SstReader;
import org.dateline.eval.Split;
import org.dateline.eval.SstSentence;
import org.dateline.eval.TargetItem;
import org.dateline.model.SentimentEngineId;
import org.dateline.pipeline.Preflight;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval}: scores the annotator against CoNLL-2003 NER and SST sentiment gold
 * data, prints a table and writes {@code eval.csv}. Exit codes: 0 ok, 1 a figure below a
 * {@code --min-*} threshold or a failed evaluation, 2 bad usage.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores named entities against CoNLL-2003 (entity-level exact match, conlleval style), CoreNLP's sentence "
          + "sentiment against the Stanford Sentiment Treebank, and every sentiment engine against rated sentences "
          + "and NewsMTSC; prints a table and writes DIR/eval.csv (and DIR/predictions.csv for the engines)."
    })
public final class EvalCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--conll", paramLabel = "FILE",
      description = "CoNLL-2003 NER file (word ... tag per line, IOB tags, -DOCSTART- between documents).")
  private Path conll;

  @Option(names = "--sst", paramLabel = "FILE",
      description = "SST test TSV (sentence_index, fine_label_0to4, binary_label, sentence).")
  private Path sst;

  @Option(names = "--ratings", paramLabel = "FILE",
      description = "Rated sentences, id TAB score TAB text per line (the NYT editorial format, scores -4 .. 4): "
          + "Pearson and Spearman correlation per engine, n, binary accuracy on |score| >= 1.")
  private Path ratings;

  @Option(names = "--newsmtsc", paramLabel = "FILE",
      description = "NewsMTSC JSON Lines: macro-F1 over negative/neutral/positive, accuracy and n per engine.")
  private Path newsMtsc;

  @Option(names = "--sentiment", paramLabel = "ENGINES", split = ",", defaultValue = "corenlp,vader,news",
      converter = EngineConverter.class,
      description = "Engines scored on --ratings and --newsmtsc: corenlp, vader, news (default: all).")
  private List<SentimentEngineId> engines = new ArrayList<>();

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all", converter = SplitConverter.class,
      description = "Which items of --ratings and --newsmtsc to score: all, train or heldout, the fixed division "
          + "the news engine was trained on (a sentence is held out when the CRC-32 of its text is a multiple of 5); "
          + "report the news engine on heldout (default: ${DEFAULT-VALUE}).")
  private Split split;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "Folder for eval.csv and predictions.csv; created if missing, earlier files of those names replaced.")
  private Path output;

  @Option(names = "--profile", paramLabel = "PROFILE", split = ",", converter = ProfileConverter.class,
      defaultValue = "fast", description = "Annotator profiles to evaluate, comma-separated: fast, full (default: ${DEFAULT-VALUE}).")
  private List<Profile> profiles = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N",
      description = "Documents or batches annotated at once (default: the number of processors).")
  private Integer threads;

  @Option(names = "--limit", paramLabel = "N",
      description = "Evaluate only the first N sentences of each gold file.")
  private Integer limit;

  @Option(names = "--min-ner-f1", paramLabel = "PERCENT",
      description = "Exit with 1 when a profile's NER F1 is below this (0 to 100; needs --conll).")
  private Double minNerF1;

  @Option(names = "--min-sst-binary", paramLabel = "PERCENT",
      description = "Exit with 1 when a profile's binary SST accuracy (neutral predictions counted wrong) is below this "
          + "(0 to 100; needs --sst).")
  private Double minSstBinary;

  private final Function<AnnotatorSettings, Annotator> annotators;
  private final Function<AnnotatorSettings, Annotator> sentenceAnnotators;

  /** Evaluates CoreNLP's pre-tokenizing and sentence-per-line annotators. */
  public EvalCommand() {
    this(settings -> CoreNlpAnnotator.pretokenized(settings, true),
        settings -> CoreNlpAnnotator.sentencePerLine(settings, true));
  }

  /** Uses one annotator factory for every task; it must keep each line as one sentence. */
  public EvalCommand(Function<AnnotatorSettings, Annotator> annotators) {
    this(annotators, annotators);
  }

  /**
   * @param annotators builds a pre-tokenizing annotator for the given settings (CoNLL, SST);
   *     called once per profile and task, so that no two sets of models need to be in memory at once
   * @param sentenceAnnotators builds an annotator that tokenizes ordinary text and keeps each
   *     line as one sentence (ratings, NewsMTSC)
   */
  public EvalCommand(Function<AnnotatorSettings, Annotator> annotators,
      Function<AnnotatorSettings, Annotator> sentenceAnnotators) {
    this.annotators = Objects.requireNonNull(annotators, "annotators");
    this.sentenceAnnotators = Objects.requireNonNull(sentenceAnnotators, "sentenceAnnotators");
  }

  @Override
  public Integer call() {
    int workers = checkOptions();
    PrintWriter err = spec.commandLine().getErr();
    Gold gold;
    try {
      gold = readGold();
    } catch (NoSuchFileException e) {
      err.println("dateline eval: no such file: " + e.getFile());
      return 2;
    } catch (GoldFormatException e) {
      err.println("dateline eval: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("dateline eval: cannot read gold data (" + Preflight.reason(e) + ")"
          + (e instanceof FileSystemException f && f.getFile() != null ? ": " + f.getFile() : ""));
      return 2;
    }
    EvalReport report;
    try {
      report = evaluate(gold, workers, err);
    } catch (EvaluationException e) {
      err.println("dateline eval: " + e.getMessage());
      return 1;
    }
    if (!write(report)) {
      return 1;
    }
    return failures(report).isEmpty() ? 0 : 1;
  }

  /**
   * Refuses options that ask for nothing or for an impossible amount, gold files that cannot be
   * read and an output folder that cannot be written, all before any gold file is read or any
   * model loads; the number of workers.
   */
  private int checkOptions() {
    CommandLine cmd = spec.commandLine();
    if (conll == null && sst == null && ratings == null && newsMtsc == null) {
      throw new ParameterException(cmd, "give at least one of --conll FILE, --sst FILE, --ratings FILE, --newsmtsc FILE");
    }
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new ParameterException(cmd, "--threads must be at least 1, was " + workers);
    }
    if (limit != null && limit < 1) {
      throw new ParameterException(cmd, "--limit must be at least 1, was " + limit);
    }
    checkThreshold("--min-ner-f1", minNerF1, conll, "--conll");
    checkThreshold("--min-sst-binary", minSstBinary, sst, "--sst");
    checkGoldFile("--conll", conll);
    checkGoldFile("--sst", sst);
    checkGoldFile("--ratings", ratings);
    checkGoldFile("--newsmtsc", newsMtsc);
    checkOutput();
    return workers;
  }

  /** A {@code --min-*} threshold is a percentage, and only means something with the task it tests. */
  private void checkThreshold(String option, Double value, Path task, String taskOption) {
    if (value == null) {
      return;
    }
    if (!(value >= 0 && value <= 100)) {
      throw new ParameterException(spec.commandLine(),
          option + " is a percentage from 0 to 100, was "
          + (Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() : value));
    }
    if (task == null) {
      throw new ParameterException(spec.commandLine(),
          option + " tests a figure of " + taskOption + "; give " + taskOption + " FILE, or leave out " + option);
    }
  }

  private void checkGoldFile(String option, Path file) {
    String problem = Preflight.missingListFile(option, file);
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
  }

  /** The output folder must be a folder that can be written, and the files it will hold files. */
  private void checkOutput() {
    // First, since the check of the folder creates it.
    List<Path> gold = java.util.stream.Stream.of(conll, sst, ratings, newsMtsc).filter(Objects::nonNull).toList();
    for (Path written : List.of(output, output.resolve(EvalCsvWriter.FILE_NAME), output.resolve(EvalCsvWriter.PREDICTIONS_FILE_NAME))) {
      String among = Preflight.outputAmongInputs("-o", written, gold, java.util.Set.of());
      if (among != null) {
        throw new ParameterException(spec.commandLine(), among);
      }
    }
    String problem = Preflight.outputFolderProblem(output);
    if (problem != null) {
      throw new ParameterException(spec.commandLine(), problem);
    }
    for (String name : List.of(EvalCsvWriter.FILE_NAME, EvalCsvWriter.PREDICTIONS_FILE_NAME)) {
      if (Files.isDirectory(output.resolve(name))) {
        throw new ParameterException(spec.commandLine(), output.resolve(name)
            + " is a folder, where eval writes a file; move it away or choose another folder with -o");
      }
    }
  }

  /** The gold data of each task asked for, cut to {@code --split} and {@code --limit}; null for a task not asked for. */
  private record Gold(List<ConllDocument> documents, List<SstSentence> sentences, List<RatingItem> rated,
      List<TargetItem> targets) {}

  private Gold readGold() throws IOException {
    List<RatingItem> rated = null;
    List<TargetItem> targets = null;
    List<ConllDocument> documents = null;
    List<SstSentence> sentences = null;
    if (ratings != null) {
      rated = first(inSplit(ratings, RatingsReader.read(ratings), RatingItem::text, "rated sentences"));
    }
    if (newsMtsc != null) {
      targets = first(inSplit(newsMtsc, NewsMtscReader.read(newsMtsc), TargetItem::sentence, "targets"));
    }
    if (conll != null) {
      documents = ConllReader.read(conll);
      if (limit != null) {
        documents = ConllDocument.firstSentences(documents, limit);
      }
      // Without a gold entity, precision, recall and F1 are all 0 whatever the annotator does.
      boolean entities = documents.stream().flatMap(d -> d.sentences().stream())
          .anyMatch(s -> s.tags().stream().anyMatch(t -> !t.equals(IobTag.OUTSIDE)));
      if (!entities) {
        throw new GoldFormatException(conll.toString(), (limit == null ? "holds" : "holds in its first " + limit
            + " sentence(s)") + " no gold entity (every tag is O), so NER cannot be scored"
            + (limit == null ? "" : "; raise --limit"));
      }
    }
    if (sst != null) {
      sentences = first(SstReader.read(sst));
    }
    return new Gold(documents, sentences, rated, targets);
  }

  /** The items of {@code --split}; refuses a split that leaves none, since every figure would be empty. */
  private <T> List<T> inSplit(Path file, List<T> items, Function<T, String> text, String what)
      throws GoldFormatException {
    List<T> kept = items.stream().filter(i -> split.contains(text.apply(i))).toList();
    if (kept.isEmpty()) {
      throw new GoldFormatException(file.toString(), "none of its " + items.size() + " " + what + " lies in --split "
          + split.label() + "; use --split all or a larger file");
    }
    return kept;
  }

  /** The first {@code --limit} items, or all. */
  private <T> List<T> first(List<T> items) {
    return limit != null && items.size() > limit ? items.subList(0, limit) : items;
  }

  /** Evaluates every profile on every task asked for, printing each one's timing on {@code err}. */
  private EvalReport evaluate(Gold gold, int workers, PrintWriter err) {
    List<NerResult> ner = new ArrayList<>();
    List<SentimentResult> sentiment = new ArrayList<>();
    List<EngineResult> engineResults = new ArrayList<>();
    for (Profile profile : profiles.stream().distinct().toList()) {
      AnnotatorSettings base = AnnotatorSettings.defaults().withProfile(profile);
      if (gold.documents() != null) {
        ner.add(evaluateNer(profile, base, gold.documents(), workers, err));
      }
      if (gold.sentences() != null) {
        sentiment.add(evaluateSst(profile, base, gold.sentences(), workers, err));
      }
      if (gold.rated() != null || gold.targets() != null) {
        engineResults.addAll(evaluateEngines(profile, base, gold, workers, err));
      }
    }
    return new EvalReport(ner, sentiment, engineResults);
  }

  private NerResult evaluateNer(Profile profile, AnnotatorSettings base, List<ConllDocument> documents, int workers,
      PrintWriter err) {
    long t0 = System.nanoTime();
    NerEvaluation eval = new NerEvaluation(annotators.apply(base.withLayers(Layers.ENTITIES)), workers);
    long t1 = System.nanoTime();
    NerResult r = eval.evaluate(documents);
    err.printf(Locale.ROOT, "ner %s: %d sentences; models %.1f s, annotation %.1f s%n",
        profile.label(), r.sentences(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    err.flush();
    return r;
  }

  private SentimentResult evaluateSst(Profile profile, AnnotatorSettings base, List<SstSentence> sentences,
      int workers, PrintWriter err) {
    long t0 = System.nanoTime();
    SentimentEvaluation eval = new SentimentEvaluation(annotators.apply(base.withLayers(Layers.SENTIMENT)), workers);
    long t1 = System.nanoTime();
    SentimentResult r = eval.evaluate(sentences);
    err.printf(Locale.ROOT, "sentiment %s: %d sentences; models %.1f s, annotation %.1f s%n",
        profile.label(), r.counts().sentences(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    err.flush();
    return r;
  }

  private List<EngineResult> evaluateEngines(Profile profile, AnnotatorSettings base, Gold gold, int workers,
      PrintWriter err) {
    long t0 = System.nanoTime();
    EngineEvaluation eval = new EngineEvaluation(
        sentenceAnnotators.apply(base.withLayers(Layers.SENTIMENT).withEngines(EnumSet.copyOf(engines))), workers);
    long t1 = System.nanoTime();
    List<EngineResult> results = new ArrayList<>();
    if (gold.rated() != null) {
      results.addAll(eval.ratings(gold.rated(), ratings.toString()));
    }
    if (gold.targets() != null) {
      results.addAll(eval.newsMtsc(gold.targets(), newsMtsc.toString()));
    }
    err.printf(Locale.ROOT, "engines %s: models %.1f s, annotation %.1f s%n",
        profile.label(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
    err.flush();
    return results;
  }

  /** Writes eval.csv (and predictions.csv) and prints the table; false when a file cannot be written. */
  private boolean write(EvalReport report) {
    PrintWriter out = spec.commandLine().getOut();
    Path csv = output.resolve(EvalCsvWriter.FILE_NAME);
    Path predictions = output.resolve(EvalCsvWriter.PREDICTIONS_FILE_NAME);
    boolean engineResults = !report.engines().isEmpty();
    try {
      EvalCsvWriter.write(report, csv);
      if (engineResults) {
        EvalCsvWriter.writePredictions(report, predictions);
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println("dateline eval: cannot write " + csv + ": " + e);
      return false;
    }
    out.print(report.formatTable());
    out.println("wrote " + csv);
    if (engineResults) {
      out.println("wrote " + predictions);
    }
    out.flush();
    return true;
  }

  /** The figures below a {@code --min-*} threshold, each printed as a FAILED line. */
  private List<String> failures(EvalReport report) {
    PrintWriter out = spec.commandLine().getOut();
    EvalThresholds thresholds = new EvalThresholds(
        minNerF1 == null ? OptionalDouble.empty() : OptionalDouble.of(minNerF1),
        minSstBinary == null ? OptionalDouble.empty() : OptionalDouble.of(minSstBinary));
    List<String> failures = thresholds.failures(report);
    for (String f : failures) {
      out.println("FAILED: " + f);
    }
    out.flush();
    return failures;
  }

  /** Accepts split names in any case. */
  static final class SplitConverter implements CommandLine.ITypeConverter<Split> {
    @Override
    public Split convert(String value) {
      try {
        return Split.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException("unknown split '" + value + "'; use all, train or heldout");
      }
    }
  }

  /** Accepts profile names in any case, so that {@code --profile FULL} and {@code full} both work. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
      try {
        return Profile.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "unknown profile '" + value + "'; use fast or full (several separated by commas)");
      }
    }
  }
}
