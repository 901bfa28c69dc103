package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepairingUtf8ReaderTest {

  private record Decoded(String text, long repaired) {}

  private static Decoded decode(byte[] bytes) throws IOException {
    RepairingUtf8Reader r = new RepairingUtf8Reader(new ByteArrayInputStream(bytes));
    StringWriter out = new StringWriter();
    // Odd buffer sizes split sequences and surrogate pairs across reads.
    char[] buf = new char[7];
    int n;
    while ((n = r.read(buf, 0, buf.length)) > 0) {
      out.write(buf, 0, n);
    }
    return new Decoded(out.toString(), r.repairedBytes());
  }

  @Test
  void validUtf8DecodesAsTheJdkDoesWithNothingRepaired() throws IOException {
    Random random = new Random(11);
    for (int run = 0; run < 200; run++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 3000; i++) {
        int kind = random.nextInt(4);
        int cp = switch (kind) {
          case 0 -> 0x20 + random.nextInt(0x5F);
          case 1 -> 0xA0 + random.nextInt(0x700);
          case 2 -> 0x3000 + random.nextInt(0x5000);
          default -> 0x1F300 + random.nextInt(0x300);
        };
        sb.appendCodePoint(cp);
      }
      String text = sb.toString();
      assertEquals(new Decoded(text, 0), decode(text.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void aWholeWindows1252FileDecodesAsThatCharsetDoes() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    String text = "Caf\u00e9 \u201cna\u00efve\u201d \u2013 \u00a3 5 \u2014 \u00e0 \u00fc \u00df \u2122 \u2026";
    byte[] bytes = text.getBytes(cp1252);
    long high = 0;
    for (byte b : bytes) {
      high += (b & 0x80) != 0 ? 1 : 0;
    }
    assertEquals(new Decoded(text, high), decode(bytes));
  }

  @Test
  void illFormedSequencesAreRepairedBytewise() throws IOException {
    // An overlong encoding of '/', a surrogate, a truncated sequence at the end.
    byte[] bytes = {(byte) 0xC0, (byte) 0xAF, 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b', (byte) 0xE2, (byte) 0x80};
    Decoded d = decode(bytes);
    assertEquals(7, d.repaired());
    assertEquals(9, d.text().length());
    assertEquals('a', d.text().charAt(2));
    assertEquals('b', d.text().charAt(6));
    assertEquals("\u00c0", d.text().substring(0, 1));
  }

  @Test
  void readerContractHoldsForEmptyInput() throws IOException {
    try (Reader r = new RepairingUtf8Reader(new ByteArrayInputStream(new byte[0]))) {
      assertEquals(-1, r.read(new char[4], 0, 4));
      assertEquals(0, r.read(new char[4], 0, 0));
    }
  }
}
