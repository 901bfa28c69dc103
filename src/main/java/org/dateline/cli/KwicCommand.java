package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.dateline.aggregate.DocumentRow;
import org.dateline.kwic.Concordance;
import org.dateline.kwic.KwicAnnotator;
import org.dateline.kwic.KwicPattern;
import org.dateline.kwic.KwicRow;
import org.dateline.pipeline.Pipeline;
import org.dateline.pipeline.PipelineConfig;
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
      "doc_id,date,from,to,pre,keyword,post,pattern (from and to are 1-based token positions).",
      "With --cache, tokens stored by any 'run' (any layers, fast or full profile) are used instead of tokenizing again.",
      "The arguments that name existing files or folders, at the end, are the inputs; the others are patterns."
    },
    sortOptions = false)
final class KwicCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "2..*", paramLabel = "PATTERN... INPUT...", description = "Patterns, then inputs.")
  List<String> arguments;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the concordance here (default: standard output).")
  Path output;

  @Option(names = "--window", paramLabel = "N", defaultValue = "5",
      description = "Tokens shown on each side (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--threads", paramLabel = "N", description = "Tokenizer threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Annotation cache to read tokens from and keep them in (the file 'run' uses, e.g. OUTPUT/.cache/annotations.db).")
  Path cacheFile;

  @Option(names = "--no-split-glued-names", description = "Leave leaders' names glued to neighbouring words, as 'run --no-split-glued-names' does; by default they are split off first.")
  boolean noSplitGluedNames;

  private final Assembly assembly;

  KwicCommand() {
    this(Assembly.standard());
  }

  KwicCommand(Assembly assembly) {
    this.assembly = Objects.requireNonNull(assembly, "assembly");
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    int split = arguments.size();
    while (split > 0 && Files.exists(Path.of(arguments.get(split - 1)))) {
      split--;
    }
    if (split == 0 || split == arguments.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give one or more patterns, then one or more existing input "
          + "files or folders (found " + split + " pattern(s) and " + (arguments.size() - split) + " input(s) in " + arguments + ")");
    }
    List<KwicPattern> patterns = new ArrayList<>();
    for (String p : arguments.subList(0, split)) {
      try {
        patterns.add(KwicPattern.of(p));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    List<Path> inputs = arguments.subList(split, arguments.size()).stream().map(Path::of).toList();
    Concordance concordance;
    try {
      concordance = new Concordance(patterns, window);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (threads != null && threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    PipelineConfig config = PipelineConfig.defaults();
    config = config.withThreads(threads != null ? threads : config.threads());
    if (noSplitGluedNames) {
      config = config.withGluedNames(null);
    }
    try (OpenModels models = assembly.openTokens(cacheFile)) {
      KwicAnnotator kwic = new KwicAnnotator(models.annotator(), concordance);
      RunResult result;
      try {
        result = new Pipeline(config, kwic, models.languages(), ProgressListener.NONE).run(inputs);
      } catch (NoSuchFileException e) {
        err.println("dateline: no such input: " + e.getFile());
        return 2;
      }
      List<KwicRow> rows = new ArrayList<>();
      for (DocumentRow d : result.documents()) {
        rows.addAll(kwic.rows(KwicAnnotator.key(d.origin(), d.docId())));
      }
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        CsvReportWriter.print(KwicColumn.class, rows, out);
      } else {
        AtomicFiles.write(output, w -> CsvReportWriter.print(KwicColumn.class, rows, w));
        err.println("dateline: " + rows.size() + " matches in " + result.documents().size() + " documents; wrote " + output);
      }
      return 0;
    }
  }
}
