package org.dateline.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.aggregate.AggregateSettings;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.DocumentRow;
import org.dateline.model.Problem;

/**
 * The results of annotating one share of a run's records (one worker's, or one Spark
 * partition's): tables to merge, and document rows and problems numbered by their records, to be
 * put back in input order. Serializable, so that a partition's share can travel to the driver.
 *
 * @param tables the share's partial tables
 * @param documents a row per annotated record, with the record's sequence number
 * @param problems the records skipped while annotating, with their sequence numbers
 */
public record PartialResult(CorpusTables tables, List<Sequenced<DocumentRow>> documents,
    List<Sequenced<Problem>> problems) implements Serializable {

  public PartialResult {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(problems, "problems");
  }

  /** An empty share, to be filled. */
  public static PartialResult empty(AggregateSettings settings) {
    return new PartialResult(CorpusTables.empty(settings), new ArrayList<>(), new ArrayList<>());
  }
}
