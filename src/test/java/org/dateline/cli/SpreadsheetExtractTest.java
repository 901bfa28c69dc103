package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.cli.MainTest.Run;
import org.dateline.corpus.SpreadsheetFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spreadsheets, {@code --delimiter} and {@code --date-order} through {@code dateline extract}
 * over {@link FakeModels}: the records and the errors.csv rows a researcher sees.
 */
class SpreadsheetExtractTest {

  @TempDir Path dir;

  private static Run run(String... args) {
    return MainTest.run(args);
  }

  /** The values of one field in every line, in order. */
  private static List<String> field(String jsonl, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(jsonl);
    List<String> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(m.group(2));
    }
    return out;
  }

  private Path corpus() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    SpreadsheetFixtures.xlsx(in, "a-news.xlsx");
    byte[] random = new byte[3000];
    new Random(7).nextBytes(random);
    Files.write(in.resolve("b-broken.xlsx"), random);
    Files.writeString(in.resolve("c-export.csv"), "date;title;text\n"
        + "02.03.2024;Spring;\"The first day of spring, in a European export.\"\n"
        + "04.03.2024;Later;Another story, with commas, from the export.\n");
    return in;
  }

  @Test
  void spreadsheetRowsAreRecordsAndABrokenWorkbookIsOneErrorsRow() throws IOException {
    Path in = corpus();
    Path out = dir.resolve("out").resolve("records.jsonl");
    Run r = run("extract", in.toString(), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    String jsonl = Files.readString(out);
    assertEquals(List.of(in.resolve("a-news.xlsx") + "#News:2", in.resolve("a-news.xlsx") + "#News:3",
        in.resolve("a-news.xlsx") + "#News:5", in.resolve("a-news.xlsx") + "#Other:2",
        in.resolve("c-export.csv") + ":2", in.resolve("c-export.csv") + ":3"), field(jsonl, "origin"));
    assertEquals(java.util.Arrays.asList("2024-01-31", "2024-02-01", "2024-01-31", "2024-03-14", null, null),
        field(jsonl, "date"));
    assertEquals(List.of("101", "102", "103", "7", "c-export.csv:2", "c-export.csv:3"), field(jsonl, "doc_id"));
    List<String> errors = Files.readAllLines(out.resolveSibling("errors.csv"));
    assertEquals(3, errors.size(), String.join("\n", errors));
    assertTrue(errors.get(1).startsWith(in.resolve("b-broken.xlsx") + ",0,line,unknown_format,not a spreadsheet"),
        errors.get(1));
    assertTrue(errors.get(2).startsWith(in.resolve("c-export.csv") + ",2,line,bad_date,\"2 record(s) have a date that"
        + " reads two ways, such as '02.03.2024'"), errors.get(2));
    assertTrue(errors.get(2).endsWith("(pass --date-order dmy or --date-order mdy)\",kept"), errors.get(2));
  }

  @Test
  void theDateOrderOptionDatesThemAndTheDelimiterOptionIsTaken() throws IOException {
    Path in = corpus();
    Path out = dir.resolve("told.jsonl");
    Run r = run("extract", in.resolve("c-export.csv").toString(), "--date-order", "dmy", "--delimiter", ";",
        "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    String jsonl = Files.readString(out);
    assertEquals(List.of("2024-03-02", "2024-03-04"), field(jsonl, "date"));
    assertEquals(List.of("Spring", "Later"), field(jsonl, "title"));
    assertEquals(1, Files.readAllLines(dir.resolve("errors.csv")).size());

    Path mdy = dir.resolve("mdy.jsonl");
    assertEquals(0, run("extract", in.resolve("c-export.csv").toString(), "--date-order", "MDY", "-o", mdy.toString()).exit());
    assertEquals(List.of("2024-02-03", "2024-04-03"), field(Files.readString(mdy), "date"));

    Path tab = dir.resolve("tab.jsonl");
    Files.writeString(in.resolve("d-tabs.csv"), "date\ttext\n2024-05-01\tA story, in a file with tabs.\n");
    assertEquals(0, run("extract", in.resolve("d-tabs.csv").toString(), "--delimiter", "tab", "-o", tab.toString()).exit());
    assertEquals(List.of("A story, in a file with tabs."), field(Files.readString(tab), "text"));
  }

  @Test
  void badValuesAreRefusedNamingTheChoices() throws IOException {
    Path in = corpus();
    Run delimiter = run("extract", in.toString(), "--delimiter", ":", "-o", dir.resolve("x.jsonl").toString());
    assertEquals(2, delimiter.exit());
    assertTrue(delimiter.err().contains("':' is not a delimiter read; give , or ; or | or tab"), delimiter.err());
    Run order = run("run", "--layers", "terms", "--no-cache", "-o", dir.resolve("r").toString(), "--date-order", "ydm",
        in.toString());
    assertEquals(2, order.exit());
    assertTrue(order.err().contains("'ydm' is not a date order; give dmy (31.01.2024), mdy (01/31/2024) or ymd (24.01.31)"),
        order.err());
  }
}
