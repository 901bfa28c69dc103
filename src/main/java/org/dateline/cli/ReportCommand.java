package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.report.html.HtmlReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dateline report DIR}: rebuilds {@code report.html} from the tables already in DIR. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Rebuild report.html from the CSV files and manifest.json of an output folder, without re-running anything.")
final class ReportCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "An output folder of 'dateline run'.")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("dateline: " + dir + " is not a folder; give the output folder of 'dateline run'");
      return 2;
    }
    Path page = HtmlReport.write(dir);
    spec.commandLine().getOut().println("wrote " + page + " (" + Files.size(page) + " bytes)");
    return 0;
  }
}
