package org.dateline.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dateline.aggregate.DocumentRow;
import org.dateline.aggregate.EntityRow;
import org.dateline.aggregate.EntitySentimentRow;
import org.dateline.aggregate.SentimentRow;
import org.dateline.aggregate.TermRow;

/**
 * Writes the research tables as CSV files in one output directory, each atomically (see
 * {@link AtomicFiles}).
 *
 * <p>The format is {@link #FORMAT}: RFC 4180 quoting (a field is quoted only when it holds a
 * comma, a quote or a line break, and quotes are doubled), a header line of the lower-case
 * column names, UTF-8 without a byte-order mark, and {@code \n} line endings rather than RFC
 * 4180's CRLF, because R ({@code read.csv}, readr), pandas and spreadsheets all read {@code \n}
 * and it keeps files diff-friendly. Dates are ISO ({@code 2026-01-26}); entity types are
 * {@link org.dateline.model.EntityType} names.
 *
 * <p>Formula injection: a spreadsheet executes a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return. Every {@linkplain CellType#TEXT text} cell
 * that starts with one of these gets a single apostrophe in front ({@code =SUM(A1)} is written
 * {@code '=SUM(A1)}), as OWASP recommends; spreadsheets show the apostrophe-prefixed value as
 * text, and R and pandas read back the original text with the apostrophe in front, which
 * {@code sub("^'([=+@\t\r-])", "\\1", x)} or {@code s.str.replace(r"^'(?=[=+\-@\t\r])", "", regex=True)}
 * removes. {@linkplain CellType#NUMBER Number} cells ({@code -0.5}) are never changed.
 *
 * <p>Thread-safe: instances are immutable; different tables may be written concurrently.
 */
public final class CsvReportWriter {
  public static final String DOCUMENTS_FILE = "documents.csv";
  public static final String TERMS_FILE = "terms_by_date.csv";
  public static final String ENTITIES_FILE = "entities_by_date.csv";
  public static final String SENTIMENT_FILE = "sentiment_by_date.csv";
  public static final String ENTITY_SENTIMENT_FILE = "entity_sentiment_by_date.csv";
  public static final String PROBLEMS_FILE = "errors.csv";
  public static final String NEAR_DUPLICATES_FILE = "near_duplicates.csv";

  /** The base format, without a header; {@link #format(Class)} adds the header of a column set. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setRecordSeparator("\n")
      .setQuoteMode(QuoteMode.MINIMAL)
      .get();

  private final Path outputDir;

  /** A writer for {@code outputDir}, which is created on the first write if missing. */
  public CsvReportWriter(Path outputDir) {
    this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
  }

  public Path outputDir() {
    return outputDir;
  }

  /** Writes {@value #DOCUMENTS_FILE}; returns its path. */
  public Path writeDocuments(Iterable<DocumentRow> rows) throws IOException {
    return write(DOCUMENTS_FILE, DocumentColumn.class, rows);
  }

  /** Writes {@value #TERMS_FILE}; returns its path. */
  public Path writeTerms(Iterable<TermRow> rows) throws IOException {
    return write(TERMS_FILE, TermColumn.class, rows);
  }

  /** Writes {@value #ENTITIES_FILE}; returns its path. */
  public Path writeEntities(Iterable<EntityRow> rows) throws IOException {
    return write(ENTITIES_FILE, EntityColumn.class, rows);
  }

  /** Writes {@value #SENTIMENT_FILE}; returns its path. */
  public Path writeSentiment(Iterable<SentimentRow> rows) throws IOException {
    return write(SENTIMENT_FILE, SentimentColumn.class, rows);
  }

  /** Writes {@value #ENTITY_SENTIMENT_FILE}; returns its path. */
  public Path writeEntitySentiment(Iterable<EntitySentimentRow> rows) throws IOException {
    return write(ENTITY_SENTIMENT_FILE, EntitySentimentColumn.class, rows);
  }

  /** Writes {@value #PROBLEMS_FILE}; returns its path. */
  public Path writeProblems(Iterable<org.dateline.model.Problem> rows) throws IOException {
    return write(PROBLEMS_FILE, ProblemColumn.class, rows);
  }

  private <R, C extends Enum<C> & ReportColumn<R>> Path write(
      String fileName, Class<C> columns, Iterable<? extends R> rows) throws IOException {
    Objects.requireNonNull(rows, "rows");
    return AtomicFiles.write(outputDir.resolve(fileName), out -> print(columns, rows, out));
  }

  /** {@link #FORMAT} with the header of a column set: the enum's headers in constant order. */
  public static <R, C extends Enum<C> & ReportColumn<R>> CSVFormat format(Class<C> columns) {
    Objects.requireNonNull(columns, "columns");
    C[] constants = columns.getEnumConstants();
    String[] headers = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      headers[i] = constants[i].header();
    }
    return FORMAT.builder().setHeader(headers).get();
  }

  /**
   * Prints a header line and one record per row to {@code out} in the format of
   * {@link #format(Class)}. Works for any table: {@code print(TermColumn.class, rows, writer)}.
   * Flushes but does not close {@code out}.
   */
  public static <R, C extends Enum<C> & ReportColumn<R>> void print(
      Class<C> columns, Iterable<? extends R> rows, Appendable out) throws IOException {
    print(columns, rows, out, null);
  }

  /**
   * As {@link #print(Class, Iterable, Appendable)}, and hands each record's cells, as a CSV
   * reader gets them back from the file (an absent value as the empty string), to {@code cells}
   * when it is not null.
   */
  static <R, C extends Enum<C> & ReportColumn<R>> void print(
      Class<C> columns, Iterable<? extends R> rows, Appendable out, Consumer<List<String>> cells) throws IOException {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(out, "out");
    C[] constants = columns.getEnumConstants();
    Object[] values = new Object[constants.length];
    // Not try-with-resources: closing the printer would close the caller's Appendable.
    CSVPrinter printer = new CSVPrinter(out, format(columns));
    for (R row : rows) {
      Objects.requireNonNull(row, "row");
      for (int i = 0; i < constants.length; i++) {
        Object value = constants[i].valueOf(row);
        values[i] = constants[i].type() == CellType.TEXT && value != null ? neutralise(value.toString()) : value;
      }
      // Value by value: printRecord streams its arguments, which cost a large part of writing a
      // table of a hundred thousand rows; the output is the same.
      for (Object value : values) {
        printer.print(value);
      }
      printer.println();
      if (cells != null) {
        String[] text = new String[values.length];
        for (int i = 0; i < values.length; i++) {
          text[i] = values[i] == null ? "" : values[i].toString();
        }
        cells.accept(List.of(text));
      }
    }
    printer.flush();
  }

  /**
   * {@code text} with a single apostrophe in front when it starts with a character that makes
   * a spreadsheet evaluate the cell ({@code = + - @}, tab, carriage return), or with an
   * apostrophe followed by one; otherwise {@code text} itself.
   */
  public static String neutralise(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return text;
    }
    // An original apostrophe before a trigger is escaped too, so that stripping one apostrophe
    // before a trigger always gives back the original text.
    int i = text.charAt(0) == '\'' ? 1 : 0;
    return i < text.length() && triggers(text.charAt(i)) ? "'" + text : text;
  }

  private static boolean triggers(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
