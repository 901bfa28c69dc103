package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.dateline.aggregate.DocumentRow;
import org.dateline.kwic.Concordance;
import org.dateline.kwic.KwicAnnotator;
import org.dateline.kwic.KwicPattern;
import org.dateline.kwic.KwicRow;
import org.dateline.corpus.LoadOptions;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.Preflight;
import org.dateline.pipeline.ProgressListener;
import org.dateline.pipeline.RunResult;
import org.dateline.report.AtomicFiles;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.KwicColumn;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline kwic}: a keyword-in-context concordance. */
@Command(
    name = "kwic",
    mixinStandardHelpOptions = true,
    description = {
      "Finds PATTERNs (case-insensitive globs on tokens; a pattern with spaces matches a token sequence)",
      "in the INPUT files and folders, read, cleaned and deduplicated as 'run' does, and writes a CSV",
      "doc_id,date,from,to,pre,keyword,post,pattern,origin (from and to are 1-based token positions).",
      "Patterns and inputs: kwic -p PATTERN [-p PATTERN]... INPUT...  or  kwic PATTERN... -- INPUT...",
      "(a pattern that begins with - is written -p=-PATTERN).",
      "With --cache, tokens stored by any 'run' (any layers, fast or full profile) are used instead of tokenizing again."
    },
    sortOptions = false)
final class KwicCommand implements Callable<Integer> {

  /** The two ways to name patterns and inputs, for messages. */
  static final String FORMS = "dateline kwic -p PATTERN [-p PATTERN]... INPUT...  or  dateline kwic PATTERN... -- INPUT...";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-p", "--pattern"}, paramLabel = "PATTERN",
      description = "A pattern (repeatable); then every argument is an input. Write one that begins with - as -p=-PATTERN.")
  List<String> patternOptions = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "ARG",
      description = "With -p: the inputs. Without: the patterns, then --, then the inputs.")
  List<String> arguments = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the concordance here (default: standard output).")
  Path output;

  @Option(names = "--window", paramLabel = "N", defaultValue = "5",
      description = "Tokens shown on each side, 0 to " + Concordance.MAX_WINDOW + " (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--threads", paramLabel = "N", description = "Tokenizer threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Annotation cache to read tokens from and keep them in (the file 'run' uses, e.g. OUTPUT/.cache/annotations.db).")
  Path cacheFile;

  @Option(names = "--no-split-glued-names", description = "Leave leaders' names glued to neighbouring words, as 'run --no-split-glued-names' does; by default they are split off first.")
  boolean noSplitGluedNames;

  @Option(names = {"-q", "--quiet"}, description = "Do not print the patterns and inputs used, nor the summary line.")
  boolean quiet;

  /** What to do instead of a cache kwic cannot use. */
  static final String CACHE_FIX = "name the cache of a 'run' (e.g. OUTPUT/.cache/annotations.db), or leave --cache out to tokenize without one";

  private final Assembly assembly;

  KwicCommand() {
    this(Assembly.standard());
  }

  KwicCommand(Assembly assembly) {
    this.assembly = Objects.requireNonNull(assembly, "assembly");
  }

  /** The patterns and the inputs, told apart by -p or by --. */
  record Split(List<String> patterns, List<String> inputs) {}

  /** Tells patterns from inputs as the user marked them; refuses an unmarked or empty split. */
  Split split() {
    List<String> originalArgs = spec.commandLine().getParseResult().originalArgs();
    int delimiter = originalArgs.indexOf("--");
    if (!patternOptions.isEmpty()) {
      return new Split(List.copyOf(patternOptions), List.copyOf(arguments));
    }
    if (delimiter < 0) {
      throw usage("name the patterns with -p, or put -- between patterns and inputs: " + FORMS);
    }
    int inputs = Math.min(arguments.size(), originalArgs.size() - delimiter - 1);
    Split split = new Split(List.copyOf(arguments.subList(0, arguments.size() - inputs)),
        List.copyOf(arguments.subList(arguments.size() - inputs, arguments.size())));
    if (split.patterns().isEmpty()) {
      throw usage("no pattern before --: " + FORMS);
    }
    return split;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Split split = split();
    List<KwicPattern> patterns = patterns(split);
    List<Path> inputs = inputs(split);
    Concordance concordance;
    try {
      concordance = new Concordance(patterns, window);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (threads != null && threads < 1) {
      throw usage("--threads must be at least 1, was " + threads);
    }
    String problem = pathProblem(inputs);
    if (problem != null) {
      err.println("dateline: " + problem);
      return 2;
    }
    if (!quiet) {
      err.println("dateline kwic: patterns: " + quoted(split.patterns()));
      err.println("dateline kwic: inputs: " + quoted(split.inputs()));
    }
    try (OpenModels models = openModels(err)) {
      if (models == null) {
        return 2;
      }
      KwicAnnotator kwic = new KwicAnnotator(models.annotator(), concordance);
      RunResult result;
      try {
        result = new Pipeline(config(), kwic, models.languages(), ProgressListener.NONE).run(inputs);
      } catch (NoSuchFileException e) {
        err.println("dateline: no such input: " + e.getFile());
        return 2;
      }
      return write(kwic, result, err);
    }
  }

  /** The patterns, refused when empty or not a pattern. */
  private List<KwicPattern> patterns(Split split) {
    List<KwicPattern> patterns = new ArrayList<>();
    for (String p : split.patterns()) {
      if (p.isBlank()) {
        throw usage("empty pattern '" + p + "'; give a word or a glob such as nuclear*");
      }
      try {
        patterns.add(KwicPattern.of(p));
      } catch (IllegalArgumentException e) {
        throw usage(e.getMessage());
      }
    }
    return patterns;
  }

  /** The inputs, refused when none is given or one is an empty path (which would name this folder). */
  private List<Path> inputs(Split split) {
    if (split.inputs().isEmpty()) {
      throw usage("no input: name one or more files or folders after the patterns: " + FORMS);
    }
    for (String input : split.inputs()) {
      if (input.isBlank()) {
        throw usage("empty input path '" + input + "'; name a file or folder (. for the current folder)");
      }
    }
    return split.inputs().stream().map(Path::of).toList();
  }

  /** The run's settings: kwic reads, cleans and dedups as run does, and never reads its own cache. */
  private PipelineConfig config() {
    PipelineConfig config = PipelineConfig.defaults();
    config = config.withThreads(threads != null ? threads : config.threads());
    if (cacheFile != null) {
      LoadOptions load = config.load();
      config = config.withLoad(load.withExcluded(Set.of(cacheFile)));
    }
    if (noSplitGluedNames) {
      config = config.withGluedNames(null);
    }
    return config;
  }

  /** Writes the rows in input order to -o or standard output; returns the exit code. */
  private int write(KwicAnnotator kwic, RunResult result, PrintWriter err) throws IOException {
    List<KwicRow> rows = new ArrayList<>();
    for (DocumentRow d : result.documents()) {
      rows.addAll(kwic.rows(KwicAnnotator.key(d.origin(), d.docId())));
    }
    if (output == null) {
      CsvReportWriter.print(KwicColumn.class, rows, spec.commandLine().getOut());
      return 0;
    }
    try {
      AtomicFiles.write(output, w -> CsvReportWriter.print(KwicColumn.class, rows, w));
    } catch (IOException e) {
      err.println("dateline: cannot write -o " + output + " (" + Preflight.reason(e) + ")");
      return 1;
    }
    if (!quiet) {
      err.println("dateline: " + rows.size() + " matches in " + result.documents().size() + " documents; wrote " + output);
    }
    return 0;
  }

  /** The models over the cache, or null (after saying why) when the cache cannot be opened. */
  private OpenModels openModels(PrintWriter err) {
    try {
      return assembly.openTokens(cacheFile);
    } catch (IOException e) {
      err.println("dateline: annotation cache --cache " + cacheFile + " cannot be opened ("
          + Preflight.reason(e).replaceAll(" \\(is it an annotation cache\\?.*\\)$", "")
          + "); it may not be a dateline cache; " + CACHE_FIX);
      return null;
    }
  }

  /**
   * What makes a path kwic names unusable, checked before anything loads: a missing or empty
   * input, an output or cache that cannot be written or would replace or join the corpus; null
   * when none does.
   */
  private String pathProblem(List<Path> inputs) {
    String problem = Preflight.missingInput(inputs);
    // The rules on inputs come first: the checks of writability create missing folders.
    if (problem == null && output != null) {
      problem = Preflight.outputAmongInputs("-o", output, inputs, cacheFile == null ? Set.of() : Set.of(cacheFile));
    }
    if (problem == null && cacheFile != null) {
      problem = Preflight.outputAmongInputs("--cache", cacheFile, inputs, Set.of(cacheFile));
    }
    if (problem == null && output != null && cacheFile != null && Preflight.sameFile(output, cacheFile)) {
      problem = "-o " + output + " and --cache " + cacheFile + " are the same file; name two files";
    }
    if (problem == null && output != null) {
      problem = Preflight.outputFileProblem("-o", output);
    }
    if (problem == null && cacheFile != null) {
      problem = Preflight.cacheFileProblem(cacheFile, CACHE_FIX);
    }
    return problem;
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(" "));
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
