package org.dateline.report.html;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dateline.report.BurstColumn;
import org.dateline.report.CellType;
import org.dateline.report.CollocationColumn;
import org.dateline.report.CooccurrenceColumn;
import org.dateline.report.CsvReportWriter;
import org.dateline.report.DocumentColumn;
import org.dateline.report.EntityColumn;
import org.dateline.report.EntitySentimentColumn;
import org.dateline.report.KeynessColumn;
import org.dateline.report.ProblemColumn;
import org.dateline.report.ReportColumn;
import org.dateline.report.ResearchReportWriter;
import org.dateline.report.SentimentColumn;
import org.dateline.report.TermColumn;

/**
 * One CSV table of an output folder as written: its header and its rows as text, cell for
 * cell, as a CSV reader gets them back from the file. The page is built from these, never from
 * the tables' rows, so that it shows what the files hold: a run keeps them while it prints the
 * file, and {@link #read} reads them from a folder, checking each table of a run against the
 * column definitions that wrote it, so that a page is never drawn from cells it would misread.
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

  /** What a column of a run's table holds, as its writer's column definition says. */
  enum Kind {
    TEXT,
    /** A number ({@code 12}, {@code -0.4375}, {@code 4.346e-14}), or empty for "no value". */
    NUMBER,
    /** An ISO date ({@code 2024-03-14}). */
    DATE,
    /** An ISO date, or empty for an undated document. */
    DATE_OR_EMPTY
  }

  /**
   * The columns of each table a run writes, by file name, in order: the headers and kinds of the
   * column enums that print them, with the columns those enums fill with ISO dates.
   */
  static final Map<String, Map<String, Kind>> TABLES = Map.of(
      CsvReportWriter.DOCUMENTS_FILE, columns(DocumentColumn.class, Set.of(), Set.of("date")),
      CsvReportWriter.TERMS_FILE, columns(TermColumn.class, Set.of("period"), Set.of()),
      CsvReportWriter.ENTITIES_FILE, columns(EntityColumn.class, Set.of("period"), Set.of()),
      CsvReportWriter.SENTIMENT_FILE, columns(SentimentColumn.class, Set.of("period"), Set.of()),
      CsvReportWriter.ENTITY_SENTIMENT_FILE, columns(EntitySentimentColumn.class, Set.of("period"), Set.of()),
      CsvReportWriter.PROBLEMS_FILE, columns(ProblemColumn.class, Set.of(), Set.of()),
      ResearchReportWriter.KEYNESS_FILE, columns(KeynessColumn.class, Set.of("period"), Set.of()),
      ResearchReportWriter.BURSTS_FILE, columns(BurstColumn.class, Set.of("start", "end"), Set.of()),
      ResearchReportWriter.COOCCURRENCE_FILE, columns(CooccurrenceColumn.class, Set.of("period"), Set.of()),
      ResearchReportWriter.COLLOCATIONS_FILE, columns(CollocationColumn.class, Set.of(), Set.of()));

  private static <R, C extends Enum<C> & ReportColumn<R>> Map<String, Kind> columns(Class<C> type, Set<String> dates,
      Set<String> datesOrEmpty) {
    Map<String, Kind> out = new LinkedHashMap<>();
    for (C c : type.getEnumConstants()) {
      String h = c.header();
      out.put(h, dates.contains(h) ? Kind.DATE : datesOrEmpty.contains(h) ? Kind.DATE_OR_EMPTY
          : c.type() == CellType.NUMBER ? Kind.NUMBER : Kind.TEXT);
    }
    if (!out.keySet().containsAll(dates) || !out.keySet().containsAll(datesOrEmpty)) {
      throw new IllegalStateException(type.getSimpleName() + " lacks a date column of " + dates + datesOrEmpty);
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  /**
   * Reads {@code dir/file}; empty when the file is absent (a table the run did not write). A
   * table a run writes must hold every column its writer prints, each number cell a number and
   * each date cell an ISO date: a page drawn from a renamed column or a cell {@code abc} would
   * show zeros or nothing where the file holds no such figure.
   *
   * @throws IOException naming the file, the line and the column, when a cell cannot be read
   *     as its column says or a column is missing
   */
  public static Optional<CsvTable> read(Path dir, String file) throws IOException {
    Path path = dir.resolve(file);
    if (!Files.isRegularFile(path)) {
      return Optional.empty();
    }
    Map<String, Kind> expected = TABLES.getOrDefault(file, Map.of());
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = FORMAT.parse(in)) {
      List<String> header = parser.getHeaderNames();
      for (String column : expected.keySet()) {
        if (!header.contains(column)) {
          throw new IOException(path + " line 1: no column '" + column + "' (the header holds "
              + String.join(",", header) + "; dateline writes " + String.join(",", expected.keySet())
              + "); rewrite the folder with 'dateline run'");
        }
      }
      Kind[] kinds = new Kind[header.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = expected.getOrDefault(header.get(i), Kind.TEXT);
      }
      List<List<String>> rows = new ArrayList<>();
      String lastDate = null;
      long line = 1;
      for (CSVRecord r : parser) {
        // The line a record starts on: one past where the previous record ended.
        long start = line + 1;
        line = parser.getCurrentLineNumber();
        if (r.size() != header.size()) {
          throw new IOException(path + " line " + start + " has " + r.size()
              + " cells where the header has " + header.size() + "; rewrite the folder with 'dateline run'");
        }
        List<String> cells = r.toList();
        for (int i = 0; i < kinds.length; i++) {
          Kind kind = kinds[i];
          if (kind == Kind.TEXT) {
            continue;
          }
          String cell = cells.get(i);
          if (kind == Kind.NUMBER) {
            if (!cell.isEmpty() && !isNumber(cell)) {
              throw cellError(path, start, header.get(i), cell, "is not a number");
            }
          } else if (!(cell.isEmpty() && kind == Kind.DATE_OR_EMPTY) && !cell.equals(lastDate)) {
            if (!isDate(cell)) {
              throw cellError(path, start, header.get(i), cell,
                  cell.isEmpty() ? "is empty where a date (YYYY-MM-DD) belongs" : "is not a date (YYYY-MM-DD)");
            }
            lastDate = cell;
          }
        }
        rows.add(cells);
      }
      return Optional.of(new CsvTable(file, header, rows));
    }
  }

  private static IOException cellError(Path path, long line, String column, String cell, String what) {
    String shown = cell.length() > 40 ? cell.substring(0, 40) + "..." : cell;
    return new IOException(path + " line " + line + ", column '" + column + "': '" + shown + "' " + what
        + "; rewrite the folder with 'dateline run'");
  }

  /**
   * Whether {@code cell} is a decimal number as the tables write them: an optional minus, digits
   * with an optional fraction, an optional exponent. Not Java's general syntax, which also takes
   * {@code NaN}, {@code 1d} or {@code 0x1p3}, none of which the page would chart as written.
   */
  static boolean isNumber(String cell) {
    int n = cell.length();
    int i = 0;
    if (i < n && cell.charAt(i) == '-') {
      i++;
    }
    int digits = 0;
    while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < n && cell.charAt(i) == '.') {
      i++;
      while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (cell.charAt(i) == 'e' || cell.charAt(i) == 'E')) {
      i++;
      if (i < n && (cell.charAt(i) == '-' || cell.charAt(i) == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
        i++;
        exponent++;
      }
      if (exponent == 0) {
        return false;
      }
    }
    return i == n;
  }

  /** Whether {@code cell} is an ISO calendar date, {@code 2024-03-14}. */
  static boolean isDate(String cell) {
    if (cell.length() != 10 || cell.charAt(4) != '-' || cell.charAt(7) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
        return false;
      }
    }
    try {
      LocalDate.parse(cell);
      return true;
    } catch (DateTimeException e) {
      return false;
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
