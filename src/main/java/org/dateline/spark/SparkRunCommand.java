package org.dateline.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.cli.ProgressPrinter;
import org.dateline.cli.RunOptions;
import org.dateline.cli.RunSummary;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.PipelineException;
import org.dateline.pipeline.Preflight;
import org.dateline.pipeline.RunResult;
import org.dateline.pipeline.RunSettings;
import org.dateline.report.ResearchOptions;
import org.dateline.report.RunReports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline-spark run}: {@code dateline run} on Spark, with the same options where they apply. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Loads articles from INPUT files and folders (local paths, or hdfs://, s3a:// and other Hadoop",
      "file system URIs) on the executors, annotates them with Stanford CoreNLP, one annotator per",
      "executor JVM, and writes the tables of 'dateline run', byte for byte the same, to the output",
      "folder on the driver. Without a master (spark-submit --master, or spark.master) it runs in local[*].",
      "Each executor needs the heap of 'dateline run' (about 4 GB for the sentiment layer)."
    },
    sortOptions = false)
final class SparkRunCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Files or folders (walked recursively, in sorted order): local paths or Hadoop file system URIs.")
  List<String> inputs;

  @CommandLine.Mixin RunOptions options;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Partitions the records are annotated in (default: 4 per executor core); the tables do not depend on it.")
  Integer partitions;

  /** Partitions per executor core by default: small enough shares that a slow core holds up little. */
  static final int PARTITIONS_PER_CORE = 4;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    options.check();
    if (partitions != null && partitions < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 1, was " + partitions);
    }
    List<Path> local = inputs.stream().filter(i -> !InputListing.isUri(i)).map(Path::of).toList();
    String problem = local.isEmpty() ? null : Preflight.missingInput(local);
    if (problem == null) {
      problem = options.listFileProblem();
    }
    if (problem == null) {
      problem = Preflight.outputFolderProblem(options.output());
    }
    if (problem != null) {
      err.println("dateline-spark: " + problem);
      return 2;
    }
    ResearchOptions research = options.research();
    AnnotatorSettings annotatorSettings = options.annotatorSettings();

    SparkConf conf = SparkWatch.register(new SparkConf().setAppName("dateline"));
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      PipelineConfig config = options.pipelineConfig(ExecutorModels.languages().supported(),
          spark.defaultParallelism(), Set.of(options.output()));
      int n = partitions != null ? partitions : PARTITIONS_PER_CORE * spark.defaultParallelism();
      SparkRun.Steps steps = options.quiet() ? SparkRun.Steps.NONE : message -> err.println("dateline-spark: " + message);
      steps.step("Spark " + spark.version() + ", master " + spark.master() + ", " + spark.defaultParallelism()
          + " cores; " + options.loadingMessage().replace("...", " on each executor"));
      RunResult result;
      SparkRun run = new SparkRun(spark, config, annotatorSettings, n, steps,
          new ProgressPrinter(err, options.quiet(), System.console() != null, "dateline-spark"));
      try {
        result = run.run(inputs, notice -> err.println("dateline-spark: " + notice));
      } catch (NoSuchFileException e) {
        err.println("dateline-spark: no such input: " + e.getFile());
        return 2;
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        // Spark's failures are checked exceptions its Scala methods do not declare.
        throw reason(e);
      }
      List<Path> written = RunReports.write(result, new RunSettings(config, annotatorSettings, ExecutorModels.engine(),
          run.execution()),
          options.output(), research, options.htmlReport());
      RunSummary.printTotals(out, result, config);
      RunSummary.printWritten(out, written);
      return 0;
    }
  }

  /**
   * What stopped the job: a {@link PipelineException} from an executor (a {@code --strict}
   * stop, a heap too small for the layers) has the message for the user; Spark wraps it in a
   * {@code SparkException} reporting the failed stage.
   */
  private static RuntimeException reason(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PipelineException p) {
        return p;
      }
    }
    return e instanceof RuntimeException r ? r : new PipelineException("the Spark job failed: " + e.getMessage(), e);
  }
}
