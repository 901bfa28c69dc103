package org.dateline.report.html;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV table of an output folder as written: its header and its rows as text, cell for
 * cell, as a CSV reader gets them back from the file. The page is built from these, never from
 * the tables' rows, so that it shows what the files hold: a run keeps them while it prints the
 * file, and {@link #read} reads them from a folder.
 *
 * @param file the file name, such as {@code terms_by_date.csv}
 * @param columns the header
 * @param rows the records, each as long as the header
 */
public record CsvTable(String file, List<String> columns, List<List<String>> rows) {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  public CsvTable {
    Objects.requireNonNull(file, "file");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
  }

  /** Reads {@code dir/file}; empty when the file is absent (a table the run did not write). */
  public static Optional<CsvTable> read(Path dir, String file) throws IOException {
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(in)) {
      List<String> header = parser.getHeaderNames();
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : parser) {
        if (r.size() != header.size()) {
          throw new IOException(path + " line " + r.getParser().getCurrentLineNumber() + " has " + r.size()
              + " cells where the header has " + header.size() + "; rewrite the folder with 'dateline run'");
        }
        rows.add(r.toList());
      }
      return Optional.of(new CsvTable(file, header, rows));
    }
  }

  /** The position of {@code column}; fails naming the file when it has no such column. */
  public int column(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(file + " has no column '" + column + "' (it has " + columns
          + "); rewrite the folder with this version's 'dateline run'");
    }
    return i;
  }

  /** Whether the header holds {@code column}. */
  public boolean has(String column) {
    return columns.contains(column);
  }

  /** The same table holding only {@code kept}. */
  public CsvTable withRows(List<List<String>> kept) {
    return new CsvTable(file, columns, kept);
  }
}
