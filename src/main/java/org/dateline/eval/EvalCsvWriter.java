package org.dateline.eval;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link EvalReport} as {@code eval.csv}: one row per figure with the columns of
 * {@link Column}. Rates are percentages with two decimals, counts are integers, correlation
 * coefficients have four decimals. Beside it, {@code predictions.csv} holds one row per
 * scored item of the per-engine tasks ({@link PredictionColumn}).
 *
 * <p>The file is written to a temporary file in the same folder and then moved into place
 * atomically, so a reader never sees half a file and a failed run leaves the old one intact.
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

  /** Writes the report to {@code file}, replacing it atomically. */
  public static void write(EvalReport report, Path file) throws IOException {
    Objects.requireNonNull(report, "report");
    writeAtomically(file, FORMAT, csv -> write(report, csv));
  }

  /** Writes the report's predictions to {@code file}, replacing it atomically. */
  public static void writePredictions(EvalReport report, Path file) throws IOException {
    Objects.requireNonNull(report, "report");
    writeAtomically(file, PREDICTIONS_FORMAT, csv -> {
      for (Prediction p : report.predictions()) {
        csv.printRecord(p.task().label(), p.engine().label(), p.item(), p.gold(),
            new BigDecimal(p.score()).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString(),
            p.label().label());
      }
    });
  }

  private interface Rows {
    void print(CSVPrinter csv) throws IOException;
  }

  private static void writeAtomically(Path file, CSVFormat format, Rows rows) throws IOException {
    Objects.requireNonNull(file, "file");
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, file.getFileName().toString() + ".", ".tmp");
    try {
      try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(out, format)) {
        rows.print(csv);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
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
