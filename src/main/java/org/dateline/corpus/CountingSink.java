package org.dateline.corpus;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.Problem;

/** Passes on what one loader read and counts it, for the input's {@link InputFile}. Not thread-safe. */
final class CountingSink implements RecordSink {
  private final RecordSink delegate;
  private final Set<String> paths = new LinkedHashSet<>();
  private int records;
  private int problems;

  CountingSink(RecordSink delegate) {
    this.delegate = delegate;
  }

  @Override
  public void accept(Article article) {
    records++;
    delegate.accept(article);
  }

  @Override
  public void problem(Problem problem) {
    problems++;
    delegate.problem(problem);
  }

  @Override
  public void recordPath(String path) {
    paths.add(path);
    delegate.recordPath(path);
  }

  /** The input as the manifest lists it. */
  InputFile inputFile(String displayName, long bytes, String sha256, String format) {
    return new InputFile(displayName, bytes, sha256, format, records, problems, List.copyOf(paths));
  }
}
