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
    assertEquals("10 documents (4 queued, still reading), 500 tokens/s, 20s elapsed",
        p.line(10, 4, 10_000, 20_000_000_000L));
    p.readingFinished(40);
    assertEquals("[#######.......................] 10/40 documents, ETA 1m00s, 500 tokens/s, 20s elapsed",
        p.line(10, 30, 10_000, 20_000_000_000L));
  }

  @Test
  void writesPlainLinesWhenNotATerminal() {
    StringWriter out = new StringWriter();
    ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), false, false);
    p.progress(1, 0, 100, 1_000_000_000L);
    p.finished(2, 200, 2_000_000_000L);
    String text = out.toString();
    assertTrue(text.startsWith("dateline: 1 documents"), text);
    assertTrue(text.contains("dateline: [##############################] 2/2 documents"), text);
    assertTrue(!text.contains("\r"), text);
  }

  @Test
  void formatsDurations() {
    assertEquals("59s", ProgressPrinter.duration(59));
    assertEquals("2m05s", ProgressPrinter.duration(125));
    assertEquals("1h01m", ProgressPrinter.duration(3660));
  }
}
