package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.spark.SparkMain;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * docs/cli.md's reference part is every command's {@code --help}, rendered from the picocli
 * model, so the document cannot drift from the code. Run with {@code -Ddateline.updateDocs=true}
 * to rewrite it.
 */
class CliReferenceTest {

  static final Path FILE = Path.of("docs", "cli.md");
  static final String MARKER =
      "<!-- Generated below from the commands' help by CliReferenceTest; edit the commands, not this part. -->";
  /** Fixed, so the text does not depend on the terminal of whoever regenerates it. */
  static final int WIDTH = 100;
  static final String REGENERATE = "mvn -o -q test -Dtest=CliReferenceTest -Ddateline.updateDocs=true";

  @Test
  void docsCliMdIsTheCommandsHelp() throws IOException {
    String committed = Files.readString(FILE, StandardCharsets.UTF_8);
    int at = committed.indexOf(MARKER);
    assertTrue(at >= 0, FILE + " lacks the line that opens its generated part: " + MARKER);
    String expected = committed.substring(0, at) + MARKER + "\n" + reference();
    if (Boolean.getBoolean("dateline.updateDocs")) {
      Files.writeString(FILE, expected, StandardCharsets.UTF_8);
      return;
    }
    if (!expected.equals(committed)) {
      fail(FILE + " differs from the commands' help (" + firstDifference(committed, expected)
          + "); regenerate it with: " + REGENERATE);
    }
  }

  /** The help of dateline, dateline-spark and every subcommand, in declaration order. */
  static String reference() {
    StringBuilder out = new StringBuilder();
    PrintWriter sink = new PrintWriter(new StringWriter());
    append(out, Main.commandLine(sink, sink));
    append(out, SparkMain.commandLine(sink, sink));
    return out.toString();
  }

  private static void append(StringBuilder out, CommandLine cmd) {
    if (cmd.getCommand() instanceof CommandLine.HelpCommand) {
      return;
    }
    cmd.setUsageHelpWidth(WIDTH);
    String usage = cmd.getUsageMessage(CommandLine.Help.Ansi.OFF)
        .replaceAll("(?m)[ \\t]+$", "")
        .stripTrailing();
    out.append("\n## `").append(cmd.getCommandSpec().qualifiedName()).append("`\n\n```\n")
        .append(usage).append("\n```\n");
    for (CommandLine sub : cmd.getSubcommands().values()) {
      append(out, sub);
    }
  }

  private static String firstDifference(String committed, String expected) {
    String[] a = committed.split("\n", -1);
    String[] b = expected.split("\n", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i])) {
        return "line " + (i + 1) + " is \"" + a[i] + "\", the help gives \"" + b[i] + "\"";
      }
    }
    return "the file has " + a.length + " lines, the help gives " + b.length;
  }
}
