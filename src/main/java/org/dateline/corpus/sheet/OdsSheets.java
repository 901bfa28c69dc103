package org.dateline.corpus.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * An OpenDocument spreadsheet ({@code .ods}, as LibreOffice and Google Sheets save it): its
 * {@code content.xml} streamed with StAX, {@code table:table} by {@code table:table-row} by {@code
 * table:table-cell}.
 *
 * <p>A cell's value is its {@code office:date-value} for a date (ISO already), its {@code
 * office:value} as a plain decimal for a number, percentage or currency, {@code TRUE}/{@code
 * FALSE} for a boolean, else its text: paragraphs joined by line breaks, {@code text:s} as its
 * spaces, runs of white space in the XML as one space, annotations (comments) left out. {@code
 * table:number-columns-repeated} repeats a cell and {@code table:number-rows-repeated} a row, up
 * to the largest sheet ({@value Workbooks#MAX_COLUMNS} columns, {@value Workbooks#MAX_ROWS}
 * rows), so the blank rows and columns a spreadsheet writes to fill its sheet cost nothing. A
 * table inside a cell is not read.
 */
final class OdsSheets {

  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  /** Inflated bytes per compressed byte beyond which content.xml is taken for a ZIP bomb, as POI takes an .xlsx part. */
  private static final long MAX_RATIO = 100;
  /** Below this many inflated bytes, no ratio is suspicious. */
  private static final long RATIO_FREE_BYTES = 1 << 20;
  /** More text than a record of a news corpus has; a cell beyond it breaks its sheet off. */
  static final int MAX_CELL_CHARS = 1 << 24;

  private OdsSheets() {}

  static void read(ZipFile zip, Workbooks.Guard rows) throws IOException, WorkbookException {
    ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
    if (manifest != null) {
      try (InputStream in = zip.getInputStream(manifest)) {
        String m = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        if (m.contains("encryption-data")) {
          throw new WorkbookException(WorkbookException.Kind.ENCRYPTED,
              "an encrypted OpenDocument spreadsheet (protected by a password); save it without the password to read it");
        }
      }
    }
    ZipEntry content = zip.getEntry("content.xml");
    if (content == null) {
      throw new WorkbookException(WorkbookException.Kind.BROKEN,
          "a damaged OpenDocument spreadsheet: it holds no content.xml");
    }
    XMLStreamReader r;
    InputStream in = new Bounded(zip.getInputStream(content), content.getCompressedSize());
    try {
      XMLInputFactory factory = XMLHelper.newXMLInputFactory();
      r = factory.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      in.close();
      throw new WorkbookException(WorkbookException.Kind.BROKEN,
          "a damaged OpenDocument spreadsheet: content.xml does not parse (" + Workbooks.plain(e) + ")", e);
    }
    Reader reader = new Reader(r, rows);
    try (in) {
      reader.read();
    } catch (XMLStreamException | IOException | RuntimeException e) {
      if (rows.stopped()) {
        rows.rethrowOwn();
      }
      if (reader.inSheet) {
        rows.broken(reader.rowNumber, Workbooks.plain(e));
      } else if (reader.lastSheet != null) {
        rows.brokenAfter(reader.lastSheet, Workbooks.plain(e));
      } else {
        throw new WorkbookException(WorkbookException.Kind.BROKEN,
            "a damaged OpenDocument spreadsheet: content.xml does not parse (" + Workbooks.plain(e) + ")", e);
      }
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // Nothing more is read from it.
      }
    }
  }

  /** The StAX walk over content.xml; not thread-safe. */
  private static final class Reader {
    private final XMLStreamReader r;
    private final SheetRows rows;
    /** The name of the sheet read last, null before the first. */
    String lastSheet;
    boolean inSheet;
    private int sheets;
    /** The number of the last row read in the current sheet. */
    long rowNumber;
    private final List<String> cells = new ArrayList<>();
    private boolean rowHasCell;
    private int column;

    Reader(XMLStreamReader r, SheetRows rows) {
      this.r = r;
      this.rows = rows;
    }

    void read() throws XMLStreamException {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(r.getNamespaceURI())
            && r.getLocalName().equals("table")) {
          table();
        }
      }
    }

    private void table() throws XMLStreamException {
      String name = r.getAttributeValue(TABLE, "name");
      inSheet = true;
      rowNumber = 0;
      sheets++;
      lastSheet = name == null || name.isBlank() ? "Sheet" + sheets : name;
      rows.sheet(lastSheet);
      int depth = 1;
      while (depth > 0 && r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (TABLE.equals(r.getNamespaceURI()) && r.getLocalName().equals("table-row")) {
            row();
          } else {
            depth++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      inSheet = false;
    }

    /** One {@code table:table-row}, from its start to its end. */
    private void row() throws XMLStreamException {
      long repeated = count(r.getAttributeValue(TABLE, "number-rows-repeated"));
      cells.clear();
      rowHasCell = false;
      column = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if (TABLE.equals(r.getNamespaceURI()) && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
            cell();
          } else {
            skip();
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          break;
        }
      }
      if (rowHasCell) {
        for (long k = 0; k < repeated && rowNumber < Workbooks.MAX_ROWS; k++) {
          rowNumber++;
          rows.row(rowNumber, cells);
        }
      } else {
        rowNumber = Math.min(Workbooks.MAX_ROWS, rowNumber + repeated);
      }
    }

    /** One cell, from its start to its end; its value put in the columns it spans. */
    private void cell() throws XMLStreamException {
      long repeated = count(r.getAttributeValue(TABLE, "number-columns-repeated"));
      String type = r.getAttributeValue(OFFICE, "value-type");
      String value = switch (type == null ? "" : type) {
        case "float", "percentage", "currency" -> number(r.getAttributeValue(OFFICE, "value"));
        case "date" -> r.getAttributeValue(OFFICE, "date-value");
        case "boolean" -> bool(r.getAttributeValue(OFFICE, "boolean-value"));
        default -> null;
      };
      String text = cellText();
      if (value == null || value.isBlank()) {
        value = text;
      }
      if (value != null && !value.isBlank()) {
        for (long k = 0; k < repeated && column < Workbooks.MAX_COLUMNS; k++, column++) {
          while (cells.size() <= column) {
            cells.add(null);
          }
          cells.set(column, value);
        }
        rowHasCell = true;
      } else {
        column = (int) Math.min(Workbooks.MAX_COLUMNS, column + repeated);
      }
    }

    /** The text of the cell being read, to its end; paragraphs on lines of their own. */
    private String cellText() throws XMLStreamException {
      StringBuilder sb = new StringBuilder();
      boolean space = true;
      int paragraphs = 0;
      int depth = 1;
      while (depth > 0 && r.hasNext()) {
        int event = r.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            String ns = r.getNamespaceURI();
            String local = r.getLocalName();
            if (OFFICE.equals(ns) && local.equals("annotation") || TABLE.equals(ns) && local.equals("table")) {
              skip();
            } else if (TEXT.equals(ns) && (local.equals("p") || local.equals("h"))) {
              if (paragraphs++ > 0) {
                sb.append('\n');
              }
              space = true;
              depth++;
            } else if (TEXT.equals(ns) && local.equals("s")) {
              long n = count(r.getAttributeValue(TEXT, "c"));
              for (long i = 0; i < n && sb.length() < MAX_CELL_CHARS; i++) {
                sb.append(' ');
              }
              skip();
            } else if (TEXT.equals(ns) && local.equals("tab")) {
              sb.append('\t');
              skip();
            } else if (TEXT.equals(ns) && local.equals("line-break")) {
              sb.append('\n');
              space = true;
              skip();
            } else {
              depth++;
            }
          }
          case XMLStreamConstants.END_ELEMENT -> depth--;
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
            // ODF collapses runs of white space in text to one space, as HTML does.
            int start = r.getTextStart();
            int end = start + r.getTextLength();
            char[] chars = r.getTextCharacters();
            for (int i = start; i < end; i++) {
              char c = chars[i];
              boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\r';
              if (white) {
                if (!space) {
                  sb.append(' ');
                  space = true;
                }
              } else {
                sb.append(c);
                space = false;
              }
            }
          }
          default -> {
            // Comments and processing instructions hold no cell text.
          }
        }
        if (sb.length() > MAX_CELL_CHARS) {
          throw new IllegalStateException("a cell holds more than " + MAX_CELL_CHARS + " characters");
        }
      }
      return sb.length() == 0 ? null : sb.toString();
    }

    /** Skips the element just started, with everything in it. */
    private void skip() throws XMLStreamException {
      int depth = 1;
      while (depth > 0 && r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }
  }

  /** A repeat count: 1 when absent or not a positive whole number. */
  static long count(String value) {
    if (value == null) {
      return 1;
    }
    try {
      long n = Long.parseLong(value.strip());
      return n < 1 ? 1 : n;
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static String number(String value) {
    return value == null ? null : CellText.number(value);
  }

  private static String bool(String value) {
    return value == null ? null : value.strip().equalsIgnoreCase("true") ? "TRUE" : "FALSE";
  }

  /** Stops reading an entry that inflates far beyond its compressed size, as a ZIP bomb does. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private long read;

    Bounded(InputStream in, long compressed) {
      super(in);
      this.limit = compressed < 0 ? Long.MAX_VALUE : Math.max(RATIO_FREE_BYTES, compressed * MAX_RATIO);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > limit) {
        throw new IOException("content.xml inflates to more than " + MAX_RATIO
            + " times its compressed size, as a ZIP bomb does; not read further");
      }
    }
  }
}
