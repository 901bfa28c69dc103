package org.dateline.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.aggregate.CorpusTables;
import org.dateline.analysis.BurstRow;
import org.dateline.analysis.BurstTable;
import org.dateline.analysis.CollocationTable;
import org.dateline.analysis.CooccurrenceTable;
import org.dateline.analysis.Keyness;
import org.dateline.analysis.CollocationRow;
import org.dateline.analysis.CooccurrenceRow;
import org.dateline.analysis.KeynessRow;

/**
 * Writes the research tables in the format of {@link CsvReportWriter} (same quoting, formula
 * neutralising and atomic replacement). Immutable and thread-safe.
 */
public final class ResearchReportWriter {
  public static final String KEYNESS_FILE = "keyness_by_date.csv";
  public static final String BURSTS_FILE = "bursts.csv";
  public static final String COOCCURRENCE_FILE = "cooccurrence_by_date.csv";
  public static final String COLLOCATIONS_FILE = "collocations.csv";

  private final Path outputDir;

  public ResearchReportWriter(Path outputDir) {
    this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
  }

  public Path writeKeyness(List<KeynessRow> rows) throws IOException {
    return write(KEYNESS_FILE, KeynessColumn.class, rows);
  }

  public Path writeBursts(List<BurstRow> rows) throws IOException {
    return write(BURSTS_FILE, BurstColumn.class, rows);
  }

  public Path writeCooccurrence(List<CooccurrenceRow> rows) throws IOException {
    return write(COOCCURRENCE_FILE, CooccurrenceColumn.class, rows);
  }

  public Path writeCollocations(List<CollocationRow> rows) throws IOException {
    return write(COLLOCATIONS_FILE, CollocationColumn.class, rows);
  }

  /**
   * Computes the four research tables from merged counts and writes them; returns the paths in
   * the order keyness, bursts, co-occurrence, collocations. Writes nothing when the options
   * are {@linkplain ResearchOptions#off() off}.
   */
  public List<Path> writeAll(CorpusTables tables, ResearchOptions options) throws IOException {
    List<Path> out = new ArrayList<>();
    for (TableFile<?, ?> t : tables(tables, options)) {
      out.add(t.write(outputDir, false).path());
    }
    return List.copyOf(out);
  }

  /**
   * The four research tables as made from merged counts, in the order keyness, bursts,
   * co-occurrence, collocations; none when the options are {@linkplain ResearchOptions#off() off}.
   * Each is computed only when it is written.
   */
  static List<TableFile<?, ?>> tables(CorpusTables tables, ResearchOptions options) {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(options, "options");
    if (!options.enabled()) {
      return List.of();
    }
    long min = options.minCount();
    return List.of(
        new TableFile<>(KEYNESS_FILE, KeynessColumn.class, () -> Keyness.rows(tables, options.reference(), min)),
        new TableFile<>(BURSTS_FILE, BurstColumn.class, () -> BurstTable.rows(tables, min)),
        new TableFile<>(COOCCURRENCE_FILE, CooccurrenceColumn.class, () -> CooccurrenceTable.rows(tables, min)),
        new TableFile<>(COLLOCATIONS_FILE, CollocationColumn.class, () -> CollocationTable.rows(
            tables.research().ngrams(), Set.copyOf(options.collocationSizes()), min)));
  }

  private <R, C extends Enum<C> & ReportColumn<R>> Path write(
      String fileName, Class<C> columns, List<? extends R> rows) throws IOException {
    Objects.requireNonNull(rows, "rows");
    return AtomicFiles.write(outputDir.resolve(fileName), out -> CsvReportWriter.print(columns, rows, out));
  }
}
