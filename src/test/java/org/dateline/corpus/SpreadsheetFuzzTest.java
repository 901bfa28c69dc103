package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of the spreadsheet readers, as {@link LoaderFuzzTest} does the text
 * loaders: mutated bytes of a real .xlsx, .xls and .ods file, and valid archives around mutated
 * XML parts (sheets, shared strings, styles, the workbook, content.xml), so the XML readers see
 * broken markup and not only broken archives. From a fixed seed; the properties: the loader ends,
 * lets no exception but {@link IOException} escape, names the file it was given in every origin
 * with rows the sheet can hold, keeps only non-blank texts and dates within the accepted years.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class SpreadsheetFuzzTest {

  /** Fewer runs than the text loaders': each opens an archive. */
  static final int RUNS = Math.max(1, LoaderFuzzTest.RUNS_PER_LOADER / 4);

  @TempDir Path dir;

  @Test
  void xlsx() throws IOException {
    byte[] seed = Files.readAllBytes(SpreadsheetFixtures.xlsx(dir, "seed.xlsx"));
    fuzzBytes(new SpreadsheetLoader(LoaderFuzzTest.DATES, "xlsx"), seed, "book.xlsx");
    fuzzParts(new SpreadsheetLoader(LoaderFuzzTest.DATES, "xlsx"), seed, "parts.xlsx");
  }

  @Test
  void xls() throws IOException {
    byte[] seed = Files.readAllBytes(SpreadsheetFixtures.xls(dir, "seed.xls"));
    fuzzBytes(new SpreadsheetLoader(LoaderFuzzTest.DATES, "xls"), seed, "book.xls");
  }

  @Test
  void ods() throws IOException {
    byte[] seed = SpreadsheetFixtures.ods(SpreadsheetFixtures.ODS_CONTENT);
    fuzzBytes(new SpreadsheetLoader(LoaderFuzzTest.DATES, "ods"), seed, "book.ods");
    fuzzParts(new SpreadsheetLoader(LoaderFuzzTest.DATES, "ods"), seed, "parts.ods");
  }

  private void fuzzBytes(Loader loader, byte[] seed, String name) throws IOException {
    Random random = new Random(LoaderFuzzTest.SEED ^ name.hashCode());
    Path file = dir.resolve(name);
    for (int i = 0; i < RUNS; i++) {
      byte[] input = LoaderFuzzTest.mutate(seed, random);
      Files.write(file, input);
      check(loader, file, input);
    }
    LoaderFuzzTest.executions += RUNS;
  }

  /** Mutates one XML part of the archive and zips it again, so the archive itself is sound. */
  private void fuzzParts(Loader loader, byte[] seed, String name) throws IOException {
    Random random = new Random(LoaderFuzzTest.SEED ^ name.hashCode());
    Map<String, byte[]> parts = unzip(seed);
    List<String> xml = new ArrayList<>();
    for (String part : parts.keySet()) {
      if (part.endsWith(".xml") && !part.startsWith("docProps/")) {
        xml.add(part);
      }
    }
    Path file = dir.resolve(name);
    for (int i = 0; i < RUNS; i++) {
      String part = xml.get(random.nextInt(xml.size()));
      Map<String, byte[]> mutated = new LinkedHashMap<>(parts);
      mutated.put(part, LoaderFuzzTest.mutate(parts.get(part), random));
      byte[] input = zip(mutated);
      Files.write(file, input);
      check(loader, file, input);
    }
    LoaderFuzzTest.executions += RUNS;
  }

  private static void check(Loader loader, Path file, byte[] input) {
    CorpusAssertions.Collected c = new CorpusAssertions.Collected();
    String display = "fuzz/" + file.getFileName();
    try {
      loader.load(file, display, LoadOptions.defaults(), c);
    } catch (IOException e) {
      return;
    } catch (RuntimeException | StackOverflowError e) {
      fail(loader.format() + " threw on " + input.length + " bytes written to " + file, e);
    }
    for (Article a : c.articles) {
      assertOrigin(a.origin(), display);
      assertNotNull(a.text());
      assertTrue(!a.text().isBlank(), "blank text");
      a.optionalDate().ifPresent(d -> assertTrue(d.getYear() >= 1800 && d.getYear() <= LoaderFuzzTest.DATES.maxYear(),
          d.toString()));
    }
    for (Problem p : c.problems) {
      assertOrigin(p.origin(), display);
      assertNotNull(p.kind());
      assertTrue(p.message() != null && !p.message().isBlank());
    }
  }

  private static void assertOrigin(Origin origin, String display) {
    if (origin.unit() == Origin.Unit.ROW) {
      assertTrue(origin.file().startsWith(display + "#"), origin.toString());
      assertTrue(origin.position() >= 1 && origin.position() <= 1_048_577, origin.toString());
    } else {
      assertTrue(origin.file().equals(display) && origin.position() == 0, origin.toString());
    }
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
