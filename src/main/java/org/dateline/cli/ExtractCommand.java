package org.dateline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dateline.clean.LanguageIdentifier;
import org.dateline.clean.near.NearDuplicateFinder;
import org.dateline.model.Article;
import org.dateline.model.ProblemSummary;
import org.dateline.pipeline.Extraction;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.Preflight;
import org.dateline.report.AtomicFiles;
import org.dateline.report.CsvReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dateline extract}: what a run would read, clean, deduplicate and keep by language,
 * written as JSON Lines without annotation, so a researcher can check a new corpus before a
 * long run. Takes {@code run}'s reading options ({@link InputOptions}), declared once for both.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads INPUT files and folders as run does (loaders, cleaning, dedup, language filter) without",
      "annotating, and writes one JSON line per kept record to -o FILE (- for standard output):",
      "doc_id, date, date_source, title, author, source, url, kind, language, text, origin.",
      "Records dropped on the way are listed in errors.csv beside FILE. Loads no NLP model.",
      "Takes run's reading options, below.",
      "With near-duplicates looked for (the default), each line also has near_duplicate_cluster (the",
      "cluster's number in near_duplicates.csv terms, or null), near_duplicate_kept (true for the record a",
      "cluster keeps) and near_duplicate_of (the kept record's doc_id for the others); with drop, the",
      "others are not written but listed in errors.csv."
    },
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (walked recursively, in sorted order).")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
      description = "The JSON Lines file to write (- for standard output); errors.csv goes beside it.")
  Path output;

  @CommandLine.Mixin InputOptions options;

  private static final JsonFactory JSON = new JsonFactory();

  private final Assembly assembly;

  ExtractCommand() {
    this(Assembly.standard());
  }

  ExtractCommand(Assembly assembly) {
    this.assembly = Objects.requireNonNull(assembly, "assembly");
  }

  @Override
  public Integer call() throws IOException {
    options.check();
    String listProblem = options.listFileProblem();
    PrintWriter err = spec.commandLine().getErr();
    if (listProblem != null) {
      err.println("dateline: " + listProblem);
      return 2;
    }
    Path target = output;
    boolean toStdout = target.toString().equals("-");
    if (!toStdout && Files.isDirectory(target)) {
      err.println("dateline: -o " + target + " is a folder; extract writes one file (FILE.jsonl)");
      return 2;
    }
    Path folder = toStdout ? null : target.toAbsolutePath().getParent();
    Set<Path> excluded = new LinkedHashSet<>();
    if (!toStdout) {
      excluded.add(target);
      excluded.add(folder.resolve(CsvReportWriter.PROBLEMS_FILE));
      String problem = outputProblem(excluded);
      if (problem != null) {
        err.println("dateline: " + problem);
        return 2;
      }
    }
    LanguageIdentifier identifier = assembly.languages();
    PipelineConfig config = new RunConfigBuilder(options, null).build(identifier.supported(), 1, excluded);
    Extraction.Result[] result = new Extraction.Result[1];
    try {
      if (toStdout) {
        Writer out = spec.commandLine().getOut();
        result[0] = extract(config, identifier, out);
        out.flush();
      } else {
        AtomicFiles.write(target, out -> result[0] = extract(config, identifier, out));
      }
    } catch (NoSuchFileException e) {
      err.println("dateline: no such input: " + e.getFile());
      return 2;
    }
    return summarise(result[0], target, folder, err);
  }

  /**
   * The first of the written files (-o and errors.csv beside it) that is an input or cannot be
   * written, or null. The walk passes over both, so they may lie inside an input folder.
   */
  private String outputProblem(Set<Path> written) {
    for (Path file : written) {
      String problem = Preflight.outputAmongInputs("-o", file, inputs, written);
      if (problem == null) {
        problem = Preflight.outputFileProblem("-o", file);
      }
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  /** Reads the inputs, writing each kept record to {@code out} as one JSON line. */
  private Extraction.Result extract(PipelineConfig config, LanguageIdentifier identifier, Writer out)
      throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.setRootValueSeparator(null);
      boolean near = config.nearDuplicates().enabled();
      return Extraction.run(config, identifier, inputs,
          (Article article, NearDuplicateFinder.Member m) -> write(json, out, article, near, m));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static int summarise(Extraction.Result result, Path target, Path folder, PrintWriter err)
      throws IOException {
    if (folder != null) {
      Path errors = new CsvReportWriter(folder).writeProblems(result.problems());
      err.printf("%d records to %s%n", result.records(), target);
      RunSummary.printProblems(err, ProblemSummary.of(result.problems()), errors.toString());
    } else {
      err.printf("%d records%n", result.records());
      RunSummary.printProblems(err, ProblemSummary.of(result.problems()), null);
      result.problems().forEach(p -> err.println(p.origin() + " " + p.kind().label() + " (" + p.kind().effect().label()
          + "): " + p.message()));
    }
    err.flush();
    return 0;
  }

  private static void write(JsonGenerator json, Writer writer, Article a, boolean nearChecked,
      NearDuplicateFinder.Member near) {
    try {
      json.writeStartObject();
      json.writeStringField("doc_id", a.id());
      json.writeStringField("date", a.date() == null ? null : a.date().toString());
      json.writeStringField("date_source", a.dateSource().label());
      json.writeStringField("title", a.title());
      json.writeStringField("author", a.author());
      json.writeStringField("source", a.source());
      json.writeStringField("url", a.url());
      json.writeStringField("kind", a.kind().label());
      json.writeStringField("language", a.language());
      json.writeStringField("text", a.text());
      json.writeStringField("origin", a.origin().toString());
      if (nearChecked) {
        writeNear(json, near);
      }
      json.writeEndObject();
      json.flush();
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record's near-duplicate cluster, as near_duplicates.csv of a run gives it; nulls when in none. */
  private static void writeNear(JsonGenerator json, NearDuplicateFinder.Member m) throws IOException {
    if (m == null) {
      json.writeNullField("near_duplicate_cluster");
      json.writeNullField("near_duplicate_kept");
      json.writeNullField("near_duplicate_of");
      return;
    }
    json.writeNumberField("near_duplicate_cluster", m.cluster());
    json.writeBooleanField("near_duplicate_kept", m.kept());
    json.writeStringField("near_duplicate_of", m.kept() ? null : m.keptDocId());
  }
}
