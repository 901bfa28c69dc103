package org.dateline.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Loads records from a CSV file (RFC 4180, header row naming the columns, optional byte order
 * mark) with Apache Commons CSV. Columns are matched to roles by the {@link FieldMapping};
 * records are numbered by the line they start on ({@link Origin#line}). The delimiter is {@link
 * LoadOptions#delimiter} when given, else a {@code .csv} file's is sniffed ({@link
 * DelimiterSniffer}) and a {@code .tsv} file's is a tab.
 *
 * <p>Broken quoting cannot be resynchronised reliably, so the first record that does not parse
 * ends the file: it is reported as {@link ProblemKind#MALFORMED_RECORD} with its line and the
 * records before it are kept.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvLoader implements Loader {

  private final RecordMapper mapper;
  private final CSVFormat format;
  private final String label;

  /** A comma-separated loader with a default {@link DateParser}. */
  public CsvLoader() {
    this(new DateParser());
  }

  /** A comma-separated loader. */
  public CsvLoader(DateParser dates) {
    this(dates, ',', "csv");
  }

  private CsvLoader(DateParser dates, char delimiter, String label) {
    this.mapper = new RecordMapper(Objects.requireNonNull(dates, "dates"));
    this.label = label;
    this.format = CSVFormat.RFC4180
        .builder()
        .setDelimiter(delimiter)
        .setHeader()
        .setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true)
        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
        .setIgnoreEmptyLines(true)
        .get();
  }

  /**
   * A tab-separated loader ({@code .tsv}). Fields may be quoted as in CSV, which is how pandas
   * and R write a tab inside a field; a quote inside a field is taken as it is.
   */
  public static CsvLoader tsv(DateParser dates) {
    return new CsvLoader(dates, '\t', "tsv");
  }

  @Override
  public String format() {
    return label;
  }

  @Override
  public void load(TextInput input, LoadOptions options, RecordSink sink) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    String displayName = input.displayName();
    String fileName = input.fileName();
    try (BufferedReader r = input.open()) {
      CSVFormat fileFormat = options.delimiter() != null ? format.builder().setDelimiter(options.delimiter()).get()
          : label.equals("csv") ? format.builder().setDelimiter(DelimiterSniffer.sniff(r)).get() : format;
      CSVParser parser;
      try {
        parser = CSVParser.builder().setReader(r).setFormat(fileFormat).get();
      } catch (CSVException | IllegalArgumentException e) {
        sink.problem(
            new Problem(
                Origin.line(displayName, 1),
                ProblemKind.MALFORMED_RECORD,
                "header row does not parse (" + plain(e) + "); file skipped"));
        return;
      }
      try (parser) {
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
          sink.problem(PageTextLoader.emptyFile(displayName));
          return;
        }
        Iterator<CSVRecord> records = parser.iterator();
        long rows = 0;
        while (true) {
          // Line breaks read so far; the next record starts on the line after them.
          long startLine = parser.getCurrentLineNumber() + 1;
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              break;
            }
            record = records.next();
          } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof CSVException)) {
              throw e.getCause();
            }
            long lastLine = lineCount(input);
            sink.problem(
                new Problem(
                    Origin.line(displayName, startLine),
                    ProblemKind.MALFORMED_RECORD,
                    "row at line " + startLine + " does not parse (" + plain(e.getCause())
                        + "); kept the " + rows + " rows before it, skipped lines " + startLine + " to "
                        + lastLine + " (" + (lastLine - startLine + 1) + " lines, the rest of the file);"
                        + " check the quoting: a quote inside a quoted field is written \"\""));
            break;
          }
          FieldValues values = new FieldValues(options.fields());
          int n = Math.min(header.size(), record.size());
          for (int i = 0; i < n; i++) {
            values.offer(header.get(i), record.get(i));
          }
          rows++;
          Origin origin = Origin.line(displayName, startLine);
          mapper.map(values, List.of(), origin, input.idName() + ":" + startLine, fileName, options, sink);
        }
      }
    }
  }

  /** What broke, in words: Commons CSV's messages name its own exception classes. */
  private static String plain(Exception e) {
    String m = String.valueOf(e.getMessage());
    String lower = m.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("eof reached before encapsulated token finished")) {
      return "a quoted field is never closed";
    }
    if (lower.contains("between encapsulated token and delimiter")) {
      return "text follows the closing quote of a field";
    }
    return m.replaceAll("(?:[a-z]+\\.)+[A-Za-z]*(?:Exception|Error):\\s*", "").strip();
  }

  /** The number of the file's last line, for the message about a break. */
  private static long lineCount(TextInput input) throws IOException {
    try (BufferedReader r = input.open()) {
      long n = 0;
      while (r.readLine() != null) {
        n++;
      }
      return n;
    }
  }
}
