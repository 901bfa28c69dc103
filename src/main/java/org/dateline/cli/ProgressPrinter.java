package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.pipeline.ProgressListener;

/** Prints progress lines to the error stream, so that standard output stays clean. */
final class ProgressPrinter implements ProgressListener {
  private final PrintWriter err;
  private final boolean quiet;

  ProgressPrinter(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  void message(String text) {
    if (!quiet) {
      err.println("dateline: " + text);
      err.flush();
    }
  }

  @Override
  public void progress(long documents, long queued, long tokens, long elapsedNanos) {
    if (quiet) {
      return;
    }
    double seconds = elapsedNanos / 1e9;
    synchronized (err) {
      err.printf(Locale.ROOT, "dateline: %d documents annotated, %d queued, %d tokens, %.0f tokens/s, %.0f s%n",
          documents, queued, tokens, tokens / Math.max(seconds, 1e-9), seconds);
      err.flush();
    }
  }

  @Override
  public void finished(long documents, long tokens, long elapsedNanos) {
    progress(documents, 0, tokens, elapsedNanos);
  }
}
