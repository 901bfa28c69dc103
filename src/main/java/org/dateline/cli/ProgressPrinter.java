package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.pipeline.ProgressListener;

/**
 * Shows progress on the error stream, so that standard output stays clean: a bar redrawn in
 * place on a terminal, plain lines every few seconds otherwise (a log file, CI).
 */
final class ProgressPrinter implements ProgressListener {
  private static final int BAR = 30;

  private final PrintWriter err;
  private final boolean quiet;
  private final boolean terminal;
  private volatile long total = -1;
  private boolean barShown;

  ProgressPrinter(PrintWriter err, boolean quiet, boolean terminal) {
    this.err = err;
    this.quiet = quiet;
    this.terminal = terminal;
  }

  void message(String text) {
    if (quiet) {
      return;
    }
    synchronized (err) {
      endBar();
      err.println("dateline: " + text);
      err.flush();
    }
  }

  @Override
  public void readingFinished(long documents) {
    total = documents;
  }

  @Override
  public void progress(long documents, long queued, long tokens, long elapsedNanos) {
    if (quiet) {
      return;
    }
    String line = line(documents, queued, tokens, elapsedNanos);
    synchronized (err) {
      if (terminal) {
        err.print("\r" + line + "\u001B[K");
        barShown = true;
      } else {
        err.println("dateline: " + line);
      }
      err.flush();
    }
  }

  @Override
  public void finished(long documents, long tokens, long elapsedNanos) {
    total = documents;
    progress(documents, 0, tokens, elapsedNanos);
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

  String line(long documents, long queued, long tokens, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
    StringBuilder s = new StringBuilder();
    long known = total;
    if (known > 0) {
      int filled = (int) Math.min(BAR, BAR * documents / known);
      s.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
      s.append(String.format(Locale.ROOT, "%d/%d documents", documents, known));
      long left = known - documents;
      if (left > 0 && documents > 0) {
        s.append(", ETA ").append(duration((long) (left * seconds / documents)));
      }
    } else {
      s.append(String.format(Locale.ROOT, "%d documents (%d queued, still reading)", documents, queued));
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
