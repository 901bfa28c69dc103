package org.dateline.corpus.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An {@code .xlsx} workbook read with POI's streaming reader: each sheet's XML is parsed with SAX
 * and passed on row by row, cells formatted by {@link CellText.Formatter} (the values the
 * spreadsheet saved for formulas, never re-evaluated).
 */
final class XlsxSheets {

  private XlsxSheets() {}

  static void read(Path file, Workbooks.Guard rows) throws WorkbookException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw new WorkbookException(WorkbookException.Kind.BROKEN,
          "a damaged Excel workbook: it cannot be opened (" + Workbooks.plain(e) + ")", e);
    }
    try {
      XSSFReader reader;
      ReadOnlySharedStringsTable strings;
      StylesTable styles;
      boolean date1904;
      XSSFReader.SheetIterator sheets;
      try {
        reader = new XSSFReader(pkg);
        try (InputStream in = reader.getWorkbookData()) {
          date1904 = date1904(in);
        }
        strings = new ReadOnlySharedStringsTable(pkg, false);
        styles = reader.getStylesTable();
        sheets = reader.getSheetIterator();
      } catch (EncryptedDocumentException e) {
        throw new WorkbookException(WorkbookException.Kind.ENCRYPTED,
            "an encrypted Excel workbook (protected by a password); save it without the password to read it", e);
      } catch (Exception e) {
        throw new WorkbookException(WorkbookException.Kind.BROKEN,
            "a damaged Excel workbook: its workbook, styles or shared strings cannot be read (" + Workbooks.plain(e) + ")", e);
      }
      CellText.Formatter formatter = new CellText.Formatter(date1904);
      while (true) {
        InputStream sheet;
        try {
          if (!sheets.hasNext()) {
            break;
          }
          sheet = sheets.next();
        } catch (Exception e) {
          throw new WorkbookException(WorkbookException.Kind.BROKEN,
              "a damaged Excel workbook: a sheet cannot be found (" + Workbooks.plain(e) + ")", e);
        }
        rows.sheet(sheets.getSheetName());
        Rows handler = new Rows(rows);
        try (sheet) {
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler, formatter, false));
          parser.parse(new InputSource(sheet));
        } catch (Exception e) {
          if (rows.stopped()) {
            rows.rethrowOwn();
          }
          rows.broken(handler.lastRow, Workbooks.plain(e));
        }
      }
    } finally {
      // A package opened to read is let go with revert; close would try to save it.
      pkg.revert();
    }
  }

  /** True when the workbook counts its dates from 1904 ({@code <workbookPr date1904="1"/>}). */
  private static boolean date1904(InputStream workbook) throws XMLStreamException {
    XMLInputFactory factory = XMLHelper.newXMLInputFactory();
    XMLStreamReader r = factory.createXMLStreamReader(workbook);
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (name.equals("workbookPr")) {
            String v = r.getAttributeValue(null, "date1904");
            return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
          }
          if (name.equals("sheets")) {
            return false;
          }
        }
      }
      return false;
    } finally {
      r.close();
    }
  }

  /** Collects one row's cells by column and passes on the rows that hold any. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SheetRows rows;
    private final List<String> cells = new ArrayList<>();
    private boolean any;
    private int nextColumn;
    long lastRow;

    Rows(SheetRows rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
      any = false;
      nextColumn = 0;
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int column = ref == null ? nextColumn : new CellReference(ref).getCol();
      nextColumn = column + 1;
      if (column < 0 || column >= Workbooks.MAX_COLUMNS || value == null || value.isBlank()) {
        return;
      }
      while (cells.size() <= column) {
        cells.add(null);
      }
      cells.set(column, value);
      any = true;
    }

    @Override
    public void endRow(int rowNum) {
      long number = rowNum + 1L;
      if (any && number <= Workbooks.MAX_ROWS) {
        rows.row(number, cells);
      }
      lastRow = number;
    }
  }
}
