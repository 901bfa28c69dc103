package org.dateline.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark job's entry point, for {@code spark-submit --class org.dateline.spark.SparkMain
 * dateline.jar run ...} and the {@code dateline-spark} launcher. Exit codes as {@code dateline}:
 * 0 ok, 1 failure, 2 bad usage.
 */
@Command(
    name = "dateline-spark",
    mixinStandardHelpOptions = true,
    description = "The dateline run on Apache Spark: the same tables as 'dateline run', from a cluster.",
    subcommands = {SparkRunCommand.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** The command line with its output and error streams, for tests. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return Main.configure(new CommandLine(new SparkMain()), "dateline-spark", out, err);
  }

  public static void main(String[] args) {
    System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
  }
}
