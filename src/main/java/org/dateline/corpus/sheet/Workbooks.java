package org.dateline.corpus.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a spreadsheet file row by row: an Excel workbook ({@code .xlsx}, {@code .xls}) or an
 * OpenDocument spreadsheet ({@code .ods}). What the file is, is told by its bytes, not its name,
 * so a workbook saved under the other extension is read all the same.
 *
 * <p>Memory: an {@code .xlsx} sheet is streamed row by row; the workbook's shared strings (the
 * distinct texts of its cells) are held while it is read. An {@code .ods} file's {@code
 * content.xml} is streamed; an {@code .xls} workbook (at most 65,536 rows a sheet) is read whole.
 *
 * <p>Stateless and thread-safe.
 */
public final class Workbooks {

  /** Columns of the largest sheets Excel and LibreOffice write; cells beyond are not read. */
  static final int MAX_COLUMNS = 16384;
  /** Rows of the largest sheets Excel and LibreOffice write; rows beyond are not read. */
  static final long MAX_ROWS = 1_048_576;

  private Workbooks() {}

  /**
   * Reads every sheet of {@code file} in the workbook's order and passes its rows to {@code rows}.
   *
   * @throws WorkbookException when nothing of the file can be read as a spreadsheet; a sheet that
   *     breaks off after some rows is passed to {@link SheetRows#broken} instead
   * @throws IOException when the file cannot be read
   */
  public static void read(Path file, SheetRows rows) throws IOException, WorkbookException {
    Objects.requireNonNull(file, "file");
    Guard guard = new Guard(Objects.requireNonNull(rows, "rows"));
    try {
      switch (kind(file)) {
        case ZIP -> readZip(file, guard);
        case OLE2 -> XlsSheets.read(file, guard);
        default -> throw new WorkbookException(WorkbookException.Kind.NOT_A_WORKBOOK,
            "not a spreadsheet: neither an Excel or OpenDocument file (a ZIP archive) nor an Excel 97-2003 file (OLE2)");
      }
    } catch (RuntimeException | Error e) {
      guard.rethrowOwn();
      throw e;
    } catch (WorkbookException e) {
      guard.rethrowOwn();
      throw e;
    }
  }

  private enum Kind { ZIP, OLE2, OTHER }

  private static Kind kind(Path file) throws IOException {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Kind.ZIP;
    }
    int[] ole2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    for (int i = 0; i < ole2.length; i++) {
      if (i >= n || (head[i] & 0xff) != ole2[i]) {
        return Kind.OTHER;
      }
    }
    return Kind.OLE2;
  }

  /** An OpenDocument spreadsheet or an Excel workbook, told apart by the parts the archive holds. */
  private static void readZip(Path file, Guard rows) throws IOException, WorkbookException {
    boolean ods;
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      ZipEntry mimetype = zip.getEntry("mimetype");
      if (mimetype != null) {
        String type;
        try (InputStream in = zip.getInputStream(mimetype)) {
          type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
        }
        if (!type.equals("application/vnd.oasis.opendocument.spreadsheet")
            && !type.equals("application/vnd.oasis.opendocument.spreadsheet-template")) {
          throw new WorkbookException(WorkbookException.Kind.NOT_A_WORKBOOK,
              "not a spreadsheet: an OpenDocument file of type " + type);
        }
        ods = true;
      } else if (zip.getEntry("[Content_Types].xml") != null) {
        if (zip.getEntry("xl/workbook.xml") == null && zip.getEntry("xl/workbook.bin") != null) {
          throw new WorkbookException(WorkbookException.Kind.NOT_A_WORKBOOK,
              "an Excel binary workbook (.xlsb), which is not read; save it as .xlsx");
        }
        ods = false;
      } else {
        throw new WorkbookException(WorkbookException.Kind.NOT_A_WORKBOOK,
            "not a spreadsheet: a ZIP archive with neither an Excel workbook nor an OpenDocument spreadsheet in it");
      }
      if (ods) {
        OdsSheets.read(zip, rows);
        return;
      }
    } catch (ZipException e) {
      throw new WorkbookException(WorkbookException.Kind.BROKEN,
          "a damaged spreadsheet: its ZIP archive cannot be opened (" + e.getMessage() + ")", e);
    }
    XlsxSheets.read(file, rows);
  }

  /** The first text of a message, for a user: no class names, one line. */
  static String plain(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    m = m.replaceAll("(?:[a-z]+\\.)+[A-Za-z]*(?:Exception|Error):\\s*", "").replaceAll("\\s+", " ").strip();
    return m.length() <= 200 ? m : m.substring(0, 197) + "...";
  }

  /**
   * Passes rows on and remembers what the receiver threw, so that it reaches the caller unchanged
   * however the XML parser in between wraps it.
   */
  static final class Guard implements SheetRows {
    private final SheetRows rows;
    private Throwable thrown;

    Guard(SheetRows rows) {
      this.rows = rows;
    }

    @Override
    public void sheet(String name) {
      try {
        rows.sheet(name);
      } catch (RuntimeException | Error e) {
        thrown = e;
        throw e;
      }
    }

    @Override
    public void row(long number, List<String> cells) {
      try {
        rows.row(number, cells);
      } catch (RuntimeException | Error e) {
        thrown = e;
        throw e;
      }
    }

    @Override
    public void broken(long afterRow, String why) {
      try {
        rows.broken(afterRow, why);
      } catch (RuntimeException | Error e) {
        thrown = e;
        throw e;
      }
    }

    @Override
    public void brokenAfter(String lastSheet, String why) {
      try {
        rows.brokenAfter(lastSheet, why);
      } catch (RuntimeException | Error e) {
        thrown = e;
        throw e;
      }
    }

    /** True when the receiver threw: the reading must stop and let it through. */
    boolean stopped() {
      return thrown != null;
    }

    void rethrowOwn() {
      if (thrown instanceof RuntimeException r) {
        throw r;
      }
      if (thrown instanceof Error e) {
        throw e;
      }
    }
  }
}
