package org.dateline.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The same small workbook as {@code .xlsx} and {@code .xls} (written with POI) and as {@code .ods}
 * (a ZIP with a hand-written content.xml, as LibreOffice writes it): a sheet of news with an id,
 * a date cell, a date-time cell, a dotted date typed as text, a number and a text of two lines;
 * an empty sheet; a sheet whose date column is named {@code published}.
 */
public final class SpreadsheetFixtures {

  private SpreadsheetFixtures() {}

  /** What the three files hold, one line per record: origin (without the file), id, date, title, text. */
  public static final List<String> EXPECTED = List.of(
      "#News:2 | 101 | 2024-01-31 | Rally held | A rally was held in Pyongyang.",
      "#News:3 | 102 | 2024-02-01 | Farmers sow | Farmers sowed early.\nA second line.",
      "#News:5 | 103 | 2024-01-31 | Dotted | Dotted date, typed as text.",
      "#Other:2 | 7 | 2024-03-14 | null | Another story from the other sheet.");

  public static Path xlsx(Path dir, String name) throws IOException {
    try (Workbook wb = new XSSFWorkbook()) {
      return write(fill(wb), dir.resolve(name));
    }
  }

  public static Path xls(Path dir, String name) throws IOException {
    try (Workbook wb = new HSSFWorkbook()) {
      return write(fill(wb), dir.resolve(name));
    }
  }

  private static Workbook fill(Workbook wb) {
    CellStyle date = wb.createCellStyle();
    date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
    CellStyle dateTime = wb.createCellStyle();
    dateTime.setDataFormat(wb.createDataFormat().getFormat("m/d/yy h:mm"));
    Sheet news = wb.createSheet("News");
    header(news.createRow(0), "id", "date", "title", "text", "views");
    Row r = news.createRow(1);
    r.createCell(0).setCellValue(101);
    r.createCell(1).setCellValue(LocalDateTime.of(2024, 1, 31, 0, 0));
    r.getCell(1).setCellStyle(date);
    r.createCell(2).setCellValue("Rally held");
    r.createCell(3).setCellValue("A rally was held in Pyongyang.");
    r.createCell(4).setCellValue(1234);
    r = news.createRow(2);
    r.createCell(0).setCellValue(102);
    r.createCell(1).setCellValue(LocalDateTime.of(2024, 2, 1, 14, 30));
    r.getCell(1).setCellStyle(dateTime);
    r.createCell(2).setCellValue("Farmers sow");
    r.createCell(3).setCellValue("Farmers sowed early.\nA second line.");
    r.createCell(4).setCellValue(0.5);
    // Row 4 is left out: an empty row between records.
    r = news.createRow(4);
    r.createCell(0).setCellValue(103);
    r.createCell(1).setCellValue("31.01.2024");
    r.createCell(2).setCellValue("Dotted");
    r.createCell(3).setCellValue("Dotted date, typed as text.");
    wb.createSheet("Empty");
    Sheet other = wb.createSheet("Other");
    header(other.createRow(0), "published", "body", "id");
    r = other.createRow(1);
    r.createCell(0).setCellValue("2024-03-14");
    r.createCell(1).setCellValue("Another story from the other sheet.");
    r.createCell(2).setCellValue(7.0);
    return wb;
  }

  private static void header(Row row, String... names) {
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }

  private static Path write(Workbook wb, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    return file;
  }

  /** The workbook as LibreOffice would save it, repeated blank cells and rows included. */
  public static final String ODS_CONTENT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
      xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
      xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
      xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
      <office:body><office:spreadsheet>
      <table:table table:name="News">
      <table:table-column table:number-columns-repeated="5"/>
      <table:table-header-rows>
      <table:table-row><table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>date</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>title</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>text</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>views</text:p></table:table-cell>\
      <table:table-cell table:number-columns-repeated="16379"/></table:table-row>
      </table:table-header-rows>
      <table:table-row><table:table-cell office:value-type="float" office:value="101"><text:p>101</text:p></table:table-cell>\
      <table:table-cell office:value-type="date" office:date-value="2024-01-31"><text:p>31.01.24</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>Rally<text:s/>held</text:p>\
      <office:annotation><dc:creator>Editor</dc:creator><text:p>check this</text:p></office:annotation></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>A rally was held\n    in Pyongyang.</text:p></table:table-cell>\
      <table:table-cell office:value-type="float" office:value="1234"><text:p>1.234</text:p></table:table-cell>\
      <table:table-cell table:number-columns-repeated="16379"/></table:table-row>
      <table:table-row><table:table-cell office:value-type="float" office:value="102"><text:p>102</text:p></table:table-cell>\
      <table:table-cell office:value-type="date" office:date-value="2024-02-01T14:30:00"><text:p>01.02.24 14:30</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>Farmers sow</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>Farmers sowed early.</text:p><text:p>A second line.</text:p></table:table-cell>\
      <table:table-cell office:value-type="float" office:value="0.5"><text:p>0,5</text:p></table:table-cell>\
      <table:table-cell table:number-columns-repeated="16379"/></table:table-row>
      <table:table-row><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      <table:table-row><table:table-cell office:value-type="float" office:value="103"><text:p>103</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>31.01.2024</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>Dotted</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>Dotted date, typed as text.</text:p></table:table-cell>\
      <table:covered-table-cell/><table:table-cell table:number-columns-repeated="16379"/></table:table-row>
      <table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      </table:table>
      <table:table table:name="Empty"><table:table-column/>\
      <table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
      </table:table>
      <table:table table:name="Other">
      <table:table-row><table:table-cell><text:p>published</text:p></table:table-cell>\
      <table:table-cell><text:p>body</text:p></table:table-cell><table:table-cell><text:p>id</text:p></table:table-cell></table:table-row>
      <table:table-row><table:table-cell office:value-type="string"><text:p>2024-03-14</text:p></table:table-cell>\
      <table:table-cell office:value-type="string"><text:p>Another story from the other sheet.</text:p></table:table-cell>\
      <table:table-cell office:value-type="float" office:value="7.0"><text:p>7</text:p></table:table-cell></table:table-row>
      </table:table>
      <table:named-expressions/>
      </office:spreadsheet></office:body></office:document-content>
      """;

  public static Path ods(Path dir, String name) throws IOException {
    return Files.write(dir.resolve(name), ods(ODS_CONTENT));
  }

  /** An .ods file around {@code content}: the mimetype first and stored, as the format asks. */
  public static byte[] ods(String content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest "
          + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
          + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
          + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
          + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
