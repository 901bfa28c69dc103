package org.dateline.corpus.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * An Excel 97-2003 workbook ({@code .xls}) read with POI's HSSF. Such a workbook holds at most
 * 65,536 rows a sheet and is read whole, then passed on row by row. An OLE2 file that holds an
 * encrypted {@code .xlsx} (how Excel stores a workbook with a password) is told as encrypted.
 */
final class XlsSheets {

  private XlsSheets() {}

  static void read(Path file, Workbooks.Guard rows) throws WorkbookException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo")) {
        throw new WorkbookException(WorkbookException.Kind.ENCRYPTED,
            "an encrypted Excel workbook (protected by a password); save it without the password to read it");
      }
      if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("BOOK") && !root.hasEntry("Book")) {
        throw new WorkbookException(WorkbookException.Kind.NOT_A_WORKBOOK,
            "not a spreadsheet: an OLE2 file without a workbook (a Word or PowerPoint 97-2003 document?)");
      }
      HSSFWorkbook workbook;
      try {
        workbook = new HSSFWorkbook(root, true);
      } catch (EncryptedDocumentException e) {
        throw new WorkbookException(WorkbookException.Kind.ENCRYPTED,
            "an encrypted Excel 97-2003 workbook (protected by a password); save it without the password to read it", e);
      } catch (OldExcelFormatException e) {
        throw new WorkbookException(WorkbookException.Kind.NOT_A_WORKBOOK,
            "an Excel 5.0/95 workbook or older, which is not read; save it as .xlsx", e);
      }
      try (workbook) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
          sheet(workbook.getSheetAt(i), workbook.getSheetName(i), rows);
        }
      }
    } catch (WorkbookException e) {
      throw e;
    } catch (Exception e) {
      if (rows.stopped()) {
        rows.rethrowOwn();
      }
      throw new WorkbookException(WorkbookException.Kind.BROKEN,
          "a damaged Excel 97-2003 workbook: it cannot be read (" + Workbooks.plain(e) + ")", e);
    }
  }

  private static void sheet(Sheet sheet, String name, Workbooks.Guard rows) {
    rows.sheet(name);
    List<String> cells = new ArrayList<>();
    long last = 0;
    try {
      for (Row row : sheet) {
        cells.clear();
        boolean any = false;
        for (Cell cell : row) {
          int column = cell.getColumnIndex();
          String value = text(cell);
          if (column < 0 || column >= Workbooks.MAX_COLUMNS || value == null || value.isBlank()) {
            continue;
          }
          while (cells.size() <= column) {
            cells.add(null);
          }
          cells.set(column, value);
          any = true;
        }
        long number = row.getRowNum() + 1L;
        if (any) {
          rows.row(number, cells);
        }
        last = number;
      }
    } catch (RuntimeException e) {
      if (rows.stopped()) {
        throw e;
      }
      rows.broken(last, Workbooks.plain(e));
    }
  }

  private static String errorText(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException e) {
      return "#" + code;
    }
  }

  /** A cell's text as {@link CellText} has it; null for a blank cell. */
  static String text(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue())
          ? CellText.excelDate(cell.getNumericCellValue(), cell.getSheet().getWorkbook() instanceof HSSFWorkbook w
              && w.getInternalWorkbook().isUsing1904DateWindowing())
          : CellText.number(cell.getNumericCellValue());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> "ERROR:" + errorText(cell.getErrorCellValue());
      default -> null;
    };
  }
}
