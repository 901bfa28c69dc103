package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.model.ProblemKind;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.RunResult;

/** What {@code run} and the Spark job's {@code run} print on standard output when they finish. */
public final class RunSummary {

  private RunSummary() {}

  /** The run's totals. */
  public static void printTotals(PrintWriter out, RunResult result, PipelineConfig config) {
    out.printf(Locale.ROOT, "%d documents, %d tokens, %d problems (see errors.csv) in %.1f s%n",
        result.documents().size(), result.counts().get(Counter.TOKENS), result.problems().size(),
        result.elapsed().toMillis() / 1000.0);
    if (config.gluedNames() != null) {
      out.printf(Locale.ROOT, "glued names split in %d records%n",
          result.counts().problems(ProblemKind.REPAIRED_GLUED_NAME));
    }
  }

  /** How many texts the cache at {@code file} held and how many were annotated. */
  public static void printCache(PrintWriter out, Path file, CachingAnnotator caching) {
    out.printf(Locale.ROOT, "annotation cache %s: %d found, %d annotated%s%n",
        file, caching.hits(), caching.misses(),
        caching.unreadable() == 0 ? "" : " (" + caching.unreadable() + " unreadable entries annotated again)");
  }

  /**
   * When documents are undated, how many and how to date them; nothing otherwise. Last, so
   * that a run that measured nothing by date says so where the eye lands.
   */
  public static void printUndated(PrintWriter out, RunResult result) {
    long undated = result.counts().get(Counter.UNDATED);
    if (undated == 0) {
      return;
    }
    out.printf(Locale.ROOT, "%d of %d documents have no date and are missing from the by-date tables"
        + " (errors.csv names the files and their keys): name the date field with --date-field NAME,"
        + " or give their date with --date YYYY-MM-DD%n", undated, result.documents().size());
  }

  /** The files written, one line each. */
  public static void printWritten(PrintWriter out, List<Path> written) {
    for (Path p : written) {
      out.println("wrote " + p);
    }
  }
}
