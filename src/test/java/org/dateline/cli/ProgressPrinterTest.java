package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

  @Test
  void showsABarWithEtaOnceTheTotalIsKnown() {
    ProgressPrinter p = new ProgressPrinter(new PrintWriter(new StringWriter()), false, true);
    assertEquals("10 records, 9 documents (4 queued, still reading), 500 tokens/s, 20s elapsed",
        p.line(10, 9, 4, 10_000, 20_000_000_000L));
    p.readingFinished(40);
    assertEquals("[#######.......................] 10/40 records, 9 documents, ETA 1m00s, 500 tokens/s, 20s elapsed",
        p.line(10, 9, 30, 10_000, 20_000_000_000L));
  }

  @Test
  void writesPlainLinesWhenNotATerminal() {
    StringWriter out = new StringWriter();
    ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), false, false);
    p.progress(1, 1, 0, 100, 1_000_000_000L);
    p.finished(2, 200, 2_000_000_000L);
    String text = out.toString();
    assertTrue(text.startsWith("dateline: 1 records, 1 documents"), text);
    assertTrue(text.contains("dateline: [##############################] 2/2 records, 2 documents"), text);
    assertTrue(!text.contains("\r"), text);
  }

  @Test
  void theLastLineCountsTheDocumentsOfTheTablesNotTheRecordsRead() {
    StringWriter out = new StringWriter();
    ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), false, false, "dateline-spark");
    p.readingFinished(2_336);
    p.progress(2_336, 2_001, 0, 9_000, 3_000_000_000L);
    p.finished(2_001, 9_000, 3_000_000_000L);
    String[] lines = out.toString().strip().split("\n");
    assertEquals("dateline-spark: [##############################] 2336/2336 records, 2001 documents, 3000 tokens/s,"
        + " 3s elapsed", lines[lines.length - 1]);
  }

  @Test
  void formatsDurations() {
    assertEquals("59s", ProgressPrinter.duration(59));
    assertEquals("2m05s", ProgressPrinter.duration(125));
    assertEquals("1h01m", ProgressPrinter.duration(3660));
  }
}
