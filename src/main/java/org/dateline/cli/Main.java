package org.dateline.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code dateline} command: subcommands for each job. Exit codes: 0 ok, 1 failure,
 * 2 bad usage.
 */
@Command(
    name = "dateline",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Term, entity and sentiment tables by date from news corpora, annotated with Stanford CoreNLP.",
    subcommands = {RunCommand.class, ExtractCommand.class, KwicCommand.class, EvalCommand.class, BenchCommand.class, ReportCommand.class,
        TrainNewsCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err).execute(args);
  }

  /** Runs the command line over {@code assembly}'s models with the given streams; returns the exit code. */
  public static int execute(Assembly assembly, String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(assembly, out, err).execute(args);
  }

  /** A configured command line, for tests and embedding. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(Assembly.standard(), out, err);
  }

  /** A configured command line whose commands annotate with {@code assembly}'s models. */
  public static CommandLine commandLine(Assembly assembly, PrintWriter out, PrintWriter err) {
    return configure(new CommandLine(new Main(), factory(assembly)), "dateline", out, err);
  }

  /** Builds the commands that annotate over {@code assembly}, and everything else as picocli does. */
  private static CommandLine.IFactory factory(Assembly assembly) {
    CommandLine.IFactory fallback = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == RunCommand.class) {
          return cls.cast(new RunCommand(assembly));
        }
        if (cls == ExtractCommand.class) {
          return cls.cast(new ExtractCommand(assembly));
        }
        if (cls == KwicCommand.class) {
          return cls.cast(new KwicCommand(assembly));
        }
        return fallback.create(cls);
      }
    };
  }

  /**
   * Gives {@code cmd} this program's streams and manners: case-insensitive enum values, bad
   * usage as one line prefixed with {@code program} (exit 2), a failure's reason without a
   * stack trace (exit 1).
   */
  public static CommandLine configure(CommandLine cmd, String program, PrintWriter out, PrintWriter err) {
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ex, args) -> {
      // One line naming the option; the whole help would bury it.
      CommandLine bad = ex.getCommandLine();
      bad.getErr().println(program + ": " + ex.getMessage() + " (see '" + bad.getCommandSpec().qualifiedName() + " --help')");
      return 2;
    });
    cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      // Users get the reason, not a stack trace.
      commandLine.getErr().println(program + ": " + describe(ex));
      return 1;
    });
    return cmd;
  }

  static String describe(Throwable ex) {
    if (ex instanceof java.nio.file.FileSystemException fs) {
      // Java gives these a bare path as their message.
      return "cannot use " + fs.getFile() + (fs.getOtherFile() == null ? "" : " or " + fs.getOtherFile())
          + ": " + org.dateline.pipeline.Preflight.reason(fs);
    }
    String message = ex.getMessage();
    if (message == null || message.isBlank()) {
      message = ex.getClass().getSimpleName();
    }
    if (ex.getCause() != null && ex.getCause().getMessage() != null
        && !message.contains(ex.getCause().getMessage())) {
      message += " (" + ex.getCause().getMessage() + ")";
    }
    return message;
  }

  /** Without a command: the help, and exit code 2, since nothing was asked for. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** Reads the version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"dateline " + programVersion(), "Stanford CoreNLP " + org.dateline.annotate.corenlp.CoreNlpAnnotator.CORENLP_VERSION};
    }
  }

  static String programVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
