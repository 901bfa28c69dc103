package org.dateline.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
 * records are numbered by the line they start on ({@link Origin#line}).
 *
 * <p>Broken quoting cannot be resynchronised reliably, so the first record that does not parse
 * ends the file: it is reported as {@link ProblemKind#MALFORMED_RECORD} with its line and the
 * records before it are kept.
 *
 * <p>Immutable and thread-safe.
 */
public final class CsvLoader implements Loader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setIgnoreEmptyLines(true)
          .get();

  private final RecordMapper mapper;

  /** A loader with a default {@link DateParser}. */
  public CsvLoader() {
    this(new DateParser());
  }

  public CsvLoader(DateParser dates) {
    this.mapper = new RecordMapper(Objects.requireNonNull(dates, "dates"));
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public void load(Path file, String displayName, LoadOptions options, RecordSink sink)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    String fileName = TextDecoding.fileName(file);
    try (BufferedReader r = TextDecoding.open(file)) {
      CSVParser parser;
      try {
        parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get();
      } catch (CSVException | IllegalArgumentException e) {
        sink.problem(
            new Problem(
                Origin.line(displayName, 1),
                ProblemKind.MALFORMED_RECORD,
                "header row does not parse: " + e.getMessage() + "; file skipped"));
        return;
      }
      try (parser) {
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
          sink.problem(PageTextLoader.emptyFile(displayName));
          return;
        }
        Iterator<CSVRecord> records = parser.iterator();
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
            sink.problem(
                new Problem(
                    Origin.line(displayName, startLine),
                    ProblemKind.MALFORMED_RECORD,
                    "CSV record does not parse (" + e.getCause().getMessage()
                        + "); kept the records before it, skipped the rest of the file;"
                        + " check the quoting: a quote inside a quoted field is written \"\""));
            break;
          }
          FieldValues values = new FieldValues(options.fields());
          int n = Math.min(header.size(), record.size());
          for (int i = 0; i < n; i++) {
            values.offer(header.get(i), record.get(i));
          }
          Origin origin = Origin.line(displayName, startLine);
          mapper.map(values, null, origin, fileName + ":" + startLine, file, options, sink);
        }
      }
    }
  }
}
