package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.pipeline.ProgressListener;

/**
 * Shows progress on the error stream, so that standard output stays clean: a bar redrawn in
 * place on a terminal, plain lines every few seconds otherwise (a log file, CI). The bar counts
 * records done of those to annotate; beside it, the documents among them, the count the run's
 * last lines give (a record the language filter sets aside is done but no document).
 */
public final class ProgressPrinter implements ProgressListener {
  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private final String prefix;
  private volatile long total = -1;
  private boolean barShown;

  ProgressPrinter(PrintWriter err, boolean quiet, boolean terminal) {
    this(err, quiet, terminal, "dateline");
  }

  /** @param program the name each plain line starts with */
  public ProgressPrinter(PrintWriter err, boolean quiet, boolean terminal, String program) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = terminal;
    this.prefix = program + ": ";
  }

  void message(String text) {
    if (quiet) {
      return;
    }
    synchronized (err) {
      endBar();
      err.println(prefix + text);
      err.flush();
    }
  }

  @Override
  public void readingFinished(long records) {
    total = records;
  }

  @Override
  public void progress(long records, long queued, long tokens, long elapsedNanos) {
    progress(records, -1, queued, tokens, elapsedNanos);
  }

  @Override
  public void progress(long records, long documents, long queued, long tokens, long elapsedNanos) {
    if (quiet) {
      return;
    }
    String line = line(records, documents, queued, tokens, elapsedNanos);
    synchronized (err) {
      if (terminal) {
        err.print("\r" + line + "\u001B[K");
        barShown = true;
      } else {
        err.println(prefix + line);
      }
      err.flush();
    }
  }

  @Override
  public void finished(long documents, long tokens, long elapsedNanos) {
    if (total < 0) {
      total = documents;
    }
    progress(total, documents, 0, tokens, elapsedNanos);
    synchronized (err) {
      endBar();
    }
  }

  private void endBar() {
    if (barShown) {
      err.println();
      barShown = false;
    }
  }

  /** @param documents the documents among the records done; negative when not known */
  String line(long records, long documents, long queued, long tokens, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    StringBuilder s = new StringBuilder();
    long known = total;
    String docs = documents >= 0 ? String.format(Locale.ROOT, ", %d documents", documents) : "";
    if (known > 0) {
      int filled = (int) Math.min(BAR, BAR * records / known);
      s.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
      s.append(String.format(Locale.ROOT, "%d/%d records%s", records, known, docs));
      long left = known - records;
      if (left > 0 && records > 0) {
        s.append(", ETA ").append(duration((long) (left * seconds / records)));
      }
    } else {
      s.append(String.format(Locale.ROOT, "%d records%s (%d queued, still reading)", records, docs, queued));
    }
    s.append(String.format(Locale.ROOT, ", %.0f tokens/s, %s elapsed", tokens / seconds, duration((long) seconds)));
    return s.toString();
  }

  static String duration(long seconds) {
    if (seconds >= 3600) {
      return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
    if (seconds >= 60) {
      return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
    }
    return seconds + "s";
  }
}
