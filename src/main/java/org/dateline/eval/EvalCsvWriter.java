package org.dateline.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dateline.model.Gold;
import org.dateline.report.AtomicFiles;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.ReportNumbers;

/**
 * Writes an {@link EvalReport} as {@code eval.csv}: one row per figure with the columns of
 * {@link Column}. Rates are percentages with two decimals, counts are integers, correlation
 * coefficients have four decimals. Beside it, {@code predictions.csv} holds one row per
 * scored item of the per-engine tasks ({@link PredictionColumn}).
 *
 * <p>The file is written with {@link AtomicFiles}, so a reader never sees half a file and a
 * failed run leaves the old one intact.
 */
public final class EvalCsvWriter {

  /** The file name the CLI uses in its output folder. */
  public static final String FILE_NAME = "eval.csv";

  /** The predictions file's name. */
  public static final String PREDICTIONS_FILE_NAME = "predictions.csv";

  /** The columns of {@code predictions.csv}, in order. */
  public enum PredictionColumn {
    TASK,
    ENGINE,
    ITEM,
    GOLD,
    SCORE,
    LABEL;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final CSVFormat PREDICTIONS_FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(Arrays.stream(PredictionColumn.values()).map(PredictionColumn::label).toArray(String[]::new))
      .setRecordSeparator('\n')
      .get();

  /** The columns, in order. */
  public enum Column {
    PROFILE,
    ENGINE,
    TASK,
    METRIC,
    VALUE;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader(Arrays.stream(Column.values()).map(Column::label).toArray(String[]::new))
      .setRecordSeparator('\n')
      .get();

  private EvalCsvWriter() {}

  /** Writes the report to {@code file}, replacing it atomically (see {@link AtomicFiles}). */
  public static void write(EvalReport report, Path file) throws IOException {
    Objects.requireNonNull(report, "report");
    AtomicFiles.write(Objects.requireNonNull(file, "file"), out -> write(report, out));
  }

  /** Writes the report's predictions to {@code file}, replacing it atomically (see {@link AtomicFiles}). */
  public static void writePredictions(EvalReport report, Path file) throws IOException {
    Objects.requireNonNull(report, "report");
    AtomicFiles.write(Objects.requireNonNull(file, "file"), out -> {
      CSVPrinter csv = new CSVPrinter(out, PREDICTIONS_FORMAT);
      for (Prediction p : report.predictions()) {
        // Item ids come from the gold file, so a spreadsheet must not run them as formulas; the
        // other cells are labels and numbers of ours.
        csv.printRecord(p.task().label(), p.engine().label(), CsvReportWriter.neutralise(p.item()), gold(p.gold()),
            ReportNumbers.fixed(p.score()),
            p.label().label());
      }
      csv.flush();
    });
  }

  /**
   * A rating as the gold file wrote it, without trailing zeros or exponent ({@code -1.25},
   * {@code 3}); a label by name ({@code negative}).
   */
  static String gold(Gold gold) {
    if (gold instanceof Gold.Rating r) {
      return BigDecimal.valueOf(r.value()).stripTrailingZeros().toPlainString();
    }
    return ((Gold.Label) gold).tone().label();
  }

  /** Writes the report, header first, to a writer the caller owns. */
  public static void write(EvalReport report, Appendable out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    write(report, csv);
    csv.flush();
  }

  private static void write(EvalReport report, CSVPrinter csv) throws IOException {
    for (EvalRow row : report.rows()) {
      csv.printRecord(row.profile().label(), row.engineLabel(), row.task().label(), row.metric(), row.formattedValue());
    }
  }
}
