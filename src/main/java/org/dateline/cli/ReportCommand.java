package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.report.html.HtmlReport;
import org.dateline.report.html.ReportFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dateline report DIR}: rebuilds {@code report.html} from the tables already in DIR.
 * Refuses (exit 1), naming file, line and column, a folder whose manifest is unreadable, that
 * lacks a table its manifest implies, or whose tables lack a column or hold a cell that is not
 * what its column holds; the page is then left as it was.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Rebuild report.html from the CSV files and manifest.json of an output folder, without re-running anything. Refuses a folder whose tables are missing, lack a column or hold a cell that is not what its column holds, naming file, line and column.")
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
    // The manifest and the tables it names before any page is drawn; each table's cells are
    // checked against its column definitions as the page reads it.
    ReportFolder.check(dir);
    Path page = HtmlReport.write(dir);
    spec.commandLine().getOut().println("wrote " + page + " (" + Files.size(page) + " bytes)");
    return 0;
  }
}
