package org.dateline.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.DocumentRow;
import org.dateline.clean.near.NearDuplicateFinder;
import org.dateline.corpus.InputFile;
import org.dateline.model.Problem;

/**
 * What a run produced, before it is written out.
 *
 * @param inputs every input file read, in the order read
 * @param documents one row per annotated document, in input order
 * @param tables the by-date tables
 * @param problems every skipped or repaired record, in input order
 * @param counts the counters for the manifest
 * @param timings how long the timed stages took
 * @param started when the run started
 * @param elapsed how long it took
 * @param nearDuplicates the near-duplicate clusters found (none when the check was off)
 */
public record RunResult(
    List<InputFile> inputs,
    List<DocumentRow> documents,
    CorpusTables tables,
    List<Problem> problems,
    RunCounts counts,
    StageTimings timings,
    Instant started,
    Duration elapsed,
    NearDuplicateFinder.Clusters nearDuplicates) {

  public RunResult {
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
    Objects.requireNonNull(tables, "tables");
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(nearDuplicates, "nearDuplicates");
  }

  /** A result without near-duplicate clusters. */
  public RunResult(List<InputFile> inputs, List<DocumentRow> documents, CorpusTables tables, List<Problem> problems,
      RunCounts counts, StageTimings timings, Instant started, Duration elapsed) {
    this(inputs, documents, tables, problems, counts, timings, started, elapsed, NearDuplicateFinder.Clusters.none());
  }
}
