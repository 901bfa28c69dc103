package org.dateline.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.corpus.sheet.SheetRows;
import org.dateline.corpus.sheet.WorkbookException;
import org.dateline.corpus.sheet.Workbooks;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Loads the records of a spreadsheet ({@code .xlsx}, {@code .xls}, {@code .ods}; read by {@link
 * Workbooks}): in each sheet, the first row with a cell is the header naming the columns, and
 * every later row with a cell is a record, its columns matched to roles by the {@link
 * FieldMapping} as a CSV file's are ({@code --text-field}, {@code --date-field} and the usual
 * names). A date cell reads as its ISO date, a number as a plain decimal.
 *
 * <p>A record's origin is the file, the sheet and the row as the spreadsheet numbers it ({@code
 * book.xlsx#Sheet1:12}, {@link Origin#row}); its id, when no column gives one, is made the same
 * way. A sheet without a cell is passed over without a word, and so is a sheet with a header
 * but no record; a workbook with no cell in any sheet is one {@link ProblemKind#EMPTY_TEXT} row.
 * A file that is no spreadsheet is one {@link ProblemKind#UNKNOWN_FORMAT} row, an encrypted or
 * damaged workbook one {@link ProblemKind#UNREADABLE_FILE} row; a sheet that breaks off keeps
 * its rows before the break and is one {@link ProblemKind#MALFORMED_RECORD} row.
 *
 * <p>A spreadsheet is a ZIP archive or an OLE2 file, read by random access: the input's bytes are
 * first copied to a temporary file, deleted when the load ends. Immutable and thread-safe.
 */
public final class SpreadsheetLoader implements Loader {

  private final RecordMapper mapper;
  private final String label;

  /**
   * @param label the format reported for the inputs it reads: {@code xlsx}, {@code xls} or {@code
   *     ods}, after the file's extension (the bytes decide how it is read)
   */
  public SpreadsheetLoader(DateParser dates, String label) {
    this.mapper = new RecordMapper(Objects.requireNonNull(dates, "dates"));
    this.label = Objects.requireNonNull(label, "label");
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
    Origin whole = Origin.line(input.displayName(), 0);
    Path copy = Files.createTempFile("dateline-sheet-", "." + label);
    try {
      try (InputStream in = input.openBytes()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      Records records = new Records(input, options, sink);
      try {
        Workbooks.read(copy, records);
      } catch (WorkbookException e) {
        ProblemKind kind = e.kind() == WorkbookException.Kind.NOT_A_WORKBOOK
            ? ProblemKind.UNKNOWN_FORMAT : ProblemKind.UNREADABLE_FILE;
        sink.problem(new Problem(whole, kind, e.getMessage() + "; skipped"));
        return;
      }
      if (!records.anyRow) {
        sink.problem(new Problem(whole, ProblemKind.EMPTY_TEXT, "the workbook holds no cell in any sheet; skipped"));
      }
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  /** Turns one workbook's rows into records; not thread-safe. */
  private final class Records implements SheetRows {
    private final TextInput input;
    private final LoadOptions options;
    private final RecordSink sink;
    private String sheet;
    private List<String> header;
    private long records;
    boolean anyRow;

    Records(TextInput input, LoadOptions options, RecordSink sink) {
      this.input = input;
      this.options = options;
      this.sink = sink;
    }

    @Override
    public void sheet(String name) {
      sheet = name;
      header = null;
      records = 0;
    }

    @Override
    public void row(long number, List<String> cells) {
      anyRow = true;
      if (header == null) {
        header = new ArrayList<>(cells.size());
        for (String cell : cells) {
          header.add(cell == null || cell.isBlank() ? null : cell.strip());
        }
        return;
      }
      FieldValues values = new FieldValues(options.fields());
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i) != null) {
          String cell = i < cells.size() ? cells.get(i) : null;
          values.offer(header.get(i), cell == null ? "" : cell);
        }
      }
      records++;
      mapper.map(values, List.of(), Origin.row(input.displayName(), sheet, number),
          input.idName() + "#" + sheet + ":" + number, input.fileName(), options, sink);
    }

    @Override
    public void broken(long afterRow, String why) {
      sink.problem(new Problem(Origin.row(input.displayName(), sheet, afterRow + 1), ProblemKind.MALFORMED_RECORD,
          "sheet '" + sheet + "' breaks off after row " + afterRow + " (" + why + "); kept the " + records
              + " record(s) before it, skipped the rest of the sheet"));
    }

    @Override
    public void brokenAfter(String lastSheet, String why) {
      sink.problem(new Problem(Origin.line(input.displayName(), 0), ProblemKind.MALFORMED_RECORD,
          "the workbook breaks off after sheet '" + lastSheet + "' (" + why + "); kept the records before it,"
              + " any later sheet is not read"));
    }
  }
}
