package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets read through the corpus reader: the same records from .xlsx, .xls and .ods. */
class SpreadsheetLoaderTest {

  @TempDir Path dir;

  private static final LoadOptions OPTIONS = LoadOptions.defaults();

  private CorpusAssertions.Collected read(LoadOptions options, Path... inputs) throws IOException {
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    new CorpusReader(options, CorpusAssertions.DATES).read(List.of(inputs), c);
    return c;
  }

  private static String line(Article a, String file) {
    String origin = a.origin().toString();
    assertTrue(origin.startsWith(file), origin);
    return origin.substring(file.length()) + " | " + a.id() + " | " + a.date() + " | " + a.title() + " | " + a.text();
  }

  private void assertFixture(Path file) throws IOException {
    CorpusAssertions.Collected c = read(OPTIONS, file);
    assertEquals(List.of(), c.problems);
    String name = file.toString();
    assertEquals(SpreadsheetFixtures.EXPECTED, c.articles.stream().map(a -> line(a, name)).toList());
    Article first = c.articles.get(0);
    assertEquals(Origin.Unit.ROW, first.origin().unit());
    assertEquals(name + "#News", first.origin().file());
    assertEquals(2, first.origin().position());
  }

  @Test
  void anXlsxWorkbookGivesOneRecordPerRowOfEachSheet() throws IOException {
    assertFixture(SpreadsheetFixtures.xlsx(dir, "news.xlsx"));
  }

  @Test
  void anXlsWorkbookGivesTheSameRecords() throws IOException {
    assertFixture(SpreadsheetFixtures.xls(dir, "news.xls"));
  }

  @Test
  void anOdsSpreadsheetGivesTheSameRecords() throws IOException {
    assertFixture(SpreadsheetFixtures.ods(dir, "news.ods"));
  }

  @Test
  void theFormatIsToldByTheBytesAndReportedByTheName() throws IOException {
    Path xlsx = SpreadsheetFixtures.xlsx(dir, "book.xlsx");
    Path misnamed = Files.copy(xlsx, dir.resolve("book.ods"));
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    List<InputFile> files = new CorpusReader(OPTIONS, CorpusAssertions.DATES).read(List.of(misnamed), c);
    assertEquals(4, c.articles.size(), c.problems.toString());
    assertEquals("ods", files.get(0).format());
    assertEquals(4, files.get(0).records());
  }

  @Test
  void bytesReadAsOnAnotherFileSystemGiveTheSameRecords() throws IOException {
    // The Spark job reads files on HDFS or S3 as bytes, not as a local path.
    for (Path file : List.of(SpreadsheetFixtures.xlsx(dir, "a.xlsx"), SpreadsheetFixtures.xls(dir, "a.xls"),
        SpreadsheetFixtures.ods(dir, "a.ods"))) {
      CorpusAssertions.Collected c = new CorpusAssertions.Collected();
      Optional<InputFile> read = new CorpusReader(OPTIONS, CorpusAssertions.DATES)
          .read(TextInput.of("hdfs/" + file.getFileName(), Files.readAllBytes(file)), c);
      assertEquals(4, read.orElseThrow().records());
      String name = "hdfs/" + file.getFileName();
      assertEquals(SpreadsheetFixtures.EXPECTED, c.articles.stream().map(a -> line(a, name)).toList());
    }
  }

  @Test
  void theTextFieldOptionNamesTheColumn() throws IOException {
    Path file = dir.resolve("inhalt.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("Tabelle1");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Datum");
      header.createCell(1).setCellValue("Inhalt");
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue("31.01.2024");
      row.createCell(1).setCellValue("Ein Bericht.");
      wb.write(out);
    }
    CorpusAssertions.Collected plain = read(OPTIONS, file);
    assertEquals(List.of(), plain.articles);
    assertEquals(1, plain.problems.size());
    assertEquals(ProblemKind.EMPTY_TEXT, plain.problems.get(0).kind());
    assertEquals(file + "#Tabelle1:2", plain.problems.get(0).origin().toString());
    assertTrue(plain.problems.get(0).message().contains("'Datum', 'Inhalt'"), plain.problems.get(0).message());

    LoadOptions named = OPTIONS.withFields(OPTIONS.fields().withText("Inhalt").withDate("Datum"));
    CorpusAssertions.Collected c = read(named, file);
    assertEquals(List.of(), c.problems);
    assertEquals("Ein Bericht.", c.articles.get(0).text());
    assertEquals("2024-01-31", c.articles.get(0).date().toString());
    assertEquals("inhalt.xlsx#Tabelle1:2", c.articles.get(0).id());
  }

  @Test
  void aDateColumnUnderAnotherNameIsFoundByItsValues() throws IOException {
    Path file = dir.resolve("found.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      var sheet = wb.createSheet("S");
      var header = sheet.createRow(0);
      header.createCell(0).setCellValue("Erschienen");
      header.createCell(1).setCellValue("text");
      for (int i = 1; i <= 3; i++) {
        var row = sheet.createRow(i);
        row.createCell(0).setCellValue(java.time.LocalDate.of(2024, 5, i));
        row.getCell(0).setCellStyle(style);
        row.createCell(1).setCellValue("Story " + i + ".");
      }
      wb.write(out);
    }
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    List<InputFile> files = new CorpusReader(OPTIONS, CorpusAssertions.DATES).read(List.of(file), c);
    assertEquals("Erschienen", files.get(0).dateFieldDetected());
    assertEquals(List.of("2024-05-01", "2024-05-02", "2024-05-03"),
        c.articles.stream().map(a -> a.date().toString()).toList());
  }

  @Test
  void randomBytesNamedXlsxAreOneRowAndTheOtherFilesSurvive() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] random = new byte[3000];
    new Random(19).nextBytes(random);
    Files.write(in.resolve("a-random.xlsx"), random);
    byte[] whole = Files.readAllBytes(SpreadsheetFixtures.xlsx(dir, "whole.xlsx"));
    Files.write(in.resolve("b-cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
    Files.writeString(in.resolve("c-text.xls"), "date,text\n2024-01-02,This is a CSV file under the wrong name.\n");
    SpreadsheetFixtures.ods(in, "d-good.ods");
    Files.writeString(in.resolve("e-news.csv"), "date,text\n2024-01-02,A story that survives.\n");
    CorpusAssertions.Collected c = read(OPTIONS, in);
    assertEquals(5, c.articles.size(), c.problems.toString());
    assertEquals("A story that survives.", c.articles.get(4).text());
    assertEquals(3, c.problems.size(), c.problems.toString());
    Problem random0 = c.problems.get(0);
    assertEquals(in.resolve("a-random.xlsx").toString(), random0.origin().toString());
    assertEquals(ProblemKind.UNKNOWN_FORMAT, random0.kind());
    assertTrue(random0.message().startsWith("not a spreadsheet: neither"), random0.message());
    Problem cut = c.problems.get(1);
    assertEquals(in.resolve("b-cut.xlsx").toString(), cut.origin().toString());
    assertEquals(ProblemKind.UNREADABLE_FILE, cut.kind());
    assertTrue(cut.message().startsWith("a damaged spreadsheet"), cut.message());
    assertEquals(in.resolve("c-text.xls").toString(), c.problems.get(2).origin().toString());
    assertEquals(ProblemKind.UNKNOWN_FORMAT, c.problems.get(2).kind());
  }

  @Test
  void anOle2FileHoldingAnEncryptedPackageIsOneRowNamingThePassword() throws Exception {
    // How Excel stores an .xlsx with a password: an OLE2 file with these two streams.
    Path file = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    CorpusAssertions.Collected c = read(OPTIONS, file);
    assertEquals(List.of(), c.articles);
    assertEquals(1, c.problems.size());
    assertEquals(ProblemKind.UNREADABLE_FILE, c.problems.get(0).kind());
    assertEquals("an encrypted Excel workbook (protected by a password); save it without the password to read it; skipped",
        c.problems.get(0).message());
  }

  // POI's encryption takes seconds to set up (its secure random numbers).
  @Tag("slow")
  @Test
  void anEncryptedWorkbookIsOneRowNamingThePassword() throws Exception {
    Path file = dir.resolve("secret.xlsx");
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = encryptor.getDataStream(fs)) {
        wb.createSheet("S").createRow(0).createCell(0).setCellValue("text");
        wb.write(out);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    CorpusAssertions.Collected c = read(OPTIONS, file);
    assertEquals(List.of(), c.articles);
    assertEquals(1, c.problems.size());
    assertEquals(ProblemKind.UNREADABLE_FILE, c.problems.get(0).kind());
    assertEquals("an encrypted Excel workbook (protected by a password); save it without the password to read it; skipped",
        c.problems.get(0).message());
  }

  @Test
  void aWorkbookWithoutCellsIsOneRowAndAHeaderAloneNone() throws IOException {
    Path empty = dir.resolve("empty.xlsx");
    Path header = dir.resolve("header.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(empty)) {
      wb.createSheet("One");
      wb.createSheet("Two");
      wb.write(out);
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(header)) {
      wb.createSheet("One").createRow(0).createCell(0).setCellValue("text");
      wb.write(out);
    }
    CorpusAssertions.Collected c = read(OPTIONS, empty, header);
    assertEquals(List.of(), c.articles);
    assertEquals(1, c.problems.size(), c.problems.toString());
    assertEquals(ProblemKind.EMPTY_TEXT, c.problems.get(0).kind());
    assertEquals(empty.toString(), c.problems.get(0).origin().toString());
  }

  @Test
  void aBrokenSheetKeepsTheRowsBeforeTheBreak() throws IOException {
    String content = SpreadsheetFixtures.ODS_CONTENT.replace("<table:table-cell office:value-type=\"float\" office:value=\"103\">",
        "<table:table-cell office:value-type=\"float\" office:value=\"103\"><broken");
    Path file = Files.write(dir.resolve("broken.ods"), SpreadsheetFixtures.ods(content));
    CorpusAssertions.Collected c = read(OPTIONS, file);
    assertEquals(2, c.articles.size(), c.problems.toString());
    assertEquals(1, c.problems.size(), c.problems.toString());
    Problem p = c.problems.get(0);
    assertEquals(ProblemKind.MALFORMED_RECORD, p.kind());
    assertEquals(file + "#News:5", p.origin().toString());
    assertTrue(p.message().startsWith("sheet 'News' breaks off after row 4 ("), p.message());
    assertTrue(p.message().endsWith("; kept the 2 record(s) before it, skipped the rest of the sheet"), p.message());
  }

  @Test
  void aZipBombInAnOdsFileIsStopped() throws IOException {
    String bomb = "<text:p>" + "a".repeat(8 << 20) + "</text:p>";
    String inCell = SpreadsheetFixtures.ODS_CONTENT.replace("<text:p>Dotted date, typed as text.</text:p>", bomb);
    Path file = Files.write(dir.resolve("bomb.ods"), SpreadsheetFixtures.ods(inCell));
    assertTrue(Files.size(file) < 100_000, "compresses well: " + Files.size(file));
    CorpusAssertions.Collected c = read(OPTIONS, file);
    assertEquals(2, c.articles.size(), c.problems.toString());
    assertEquals(1, c.problems.size(), c.problems.toString());
    assertEquals(file + "#News:5", c.problems.get(0).origin().toString());
    assertTrue(c.problems.get(0).message().contains("as a ZIP bomb does"), c.problems.get(0).message());

    // After the last sheet: the sheets' records are kept, the break is still one row.
    String after = SpreadsheetFixtures.ODS_CONTENT.replace("<table:named-expressions/>", "<!--" + "a".repeat(8 << 20) + "-->");
    Path late = Files.write(dir.resolve("late.ods"), SpreadsheetFixtures.ods(after));
    c = read(OPTIONS, late);
    assertEquals(4, c.articles.size(), c.problems.toString());
    assertEquals(1, c.problems.size(), c.problems.toString());
    assertEquals(late.toString(), c.problems.get(0).origin().toString());
    assertTrue(c.problems.get(0).message().startsWith("the workbook breaks off after sheet 'Other' ("), c.problems.get(0).message());
  }

  @Test
  void cellsBeyondTheHeaderAndBlankHeadersAreNotRead() throws IOException {
    String content = SpreadsheetFixtures.ODS_CONTENT.replace("<text:p>views</text:p>", "");
    Path file = Files.write(dir.resolve("blank.ods"), SpreadsheetFixtures.ods(content));
    CorpusAssertions.Collected c = read(OPTIONS, file);
    assertEquals(4, c.articles.size());
    assertEquals(List.of(), c.problems);
    assertTrue(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).startsWith("PK"));
  }
}
