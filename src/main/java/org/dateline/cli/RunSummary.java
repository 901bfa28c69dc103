package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.annotate.cache.CachingAnnotator;
import org.dateline.model.ProblemSummary;
import org.dateline.pipeline.Counter;
import org.dateline.pipeline.PipelineConfig;
import org.dateline.pipeline.RunResult;

/** What {@code run} and the Spark job's {@code run} print on standard output when they finish. */
public final class RunSummary {

  private RunSummary() {}

  /**
   * The run's totals, then what its problems did: records skipped, repaired and kept with a
   * note, each with its kinds on a line of its own below.
   */
  public static void printTotals(PrintWriter out, RunResult result, PipelineConfig config) {
    out.printf(Locale.ROOT, "%d documents, %d tokens in %.1f s%n",
        result.documents().size(), result.counts().get(Counter.TOKENS), result.elapsed().toMillis() / 1000.0);
    printProblems(out, ProblemSummary.of(result.problems()), "errors.csv");
  }

  /**
   * {@code 6 records skipped, 21 repaired, 0 notes (see errors.csv)} and, indented below, the
   * kinds under each effect that any problem had.
   */
  public static void printProblems(PrintWriter out, ProblemSummary summary, String errors) {
    out.println(summary.line() + (errors == null ? "" : " (see " + errors + ")"));
    for (String line : summary.kindLines()) {
      out.println("  " + line);
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
