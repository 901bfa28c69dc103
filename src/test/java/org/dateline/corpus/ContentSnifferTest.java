package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void aGzipFileIsHashedAsStoredAndSniffedAsDecompressed() throws Exception {
    byte[] text = "\uFEFF \n  [{\"text\": \"Story.\"}]".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text);
    }
    byte[] stored = gz.toByteArray();
    ContentSniffer.Sniff s = ContentSniffer.sniff(TextInput.of("in/feed.dat.gz", stored));
    assertEquals(stored.length, s.bytes());
    assertEquals(sha256(stored), s.sha256());
    assertEquals('[', s.firstChar());
    assertNull(s.notText());
    assertEquals(0, s.repairedBytes());
  }

  @Test
  void bytesNamedGzThatAreNotGzipAreAZipError() {
    assertThrows(ZipException.class, () -> ContentSniffer.sniff(TextInput.of("a.txt.gz", bytes("plain text"))));
  }

  @Test
  void windows1252BytesAreCountedAcrossTheWholeFile() throws Exception {
    byte[] head = bytes("x".repeat(ContentSniffer.SNIFF_CHARS * 3));
    byte[] all = new byte[head.length + 2];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9;
    all[head.length + 1] = (byte) 0x92;
    ContentSniffer.Sniff s = ContentSniffer.sniff(TextInput.of("late.txt", all));
    assertEquals(2, s.repairedBytes());
    assertEquals(all.length, s.bytes());
    assertEquals(sha256(all), s.sha256());
  }

  @Test
  void aMagicNumberWinsOverTextThatFollows() throws Exception {
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 'a', 'b', 'c'};
    assertEquals("looks like a PNG image, not text", ContentSniffer.sniff(TextInput.of("p.txt", png)).notText());
    assertEquals("looks like gzip-compressed data (name it .gz to read it), not text",
        ContentSniffer.sniff(TextInput.of("p.txt", new byte[] {0x1F, (byte) 0x8B, 8, 0})).notText());
  }

  @Test
  void aNulByteIsNamedByItsCharacterPosition() throws Exception {
    assertEquals("looks binary (NUL byte at character 3; a UTF-16 file also has them)",
        ContentSniffer.sniff(TextInput.of("n.txt", bytes("d\u00e9j\u0000a"))).notText());
  }

  @Test
  void twoPercentControlCharactersIsStillText() throws Exception {
    String text = "y".repeat(98);
    assertNull(ContentSniffer.sniff(TextInput.of("c.txt", bytes(text + "\u0001\u0002"))).notText());
    assertEquals("looks binary (3 of the first 101 characters are control characters)",
        ContentSniffer.sniff(TextInput.of("c.txt", bytes(text + "\u0001\u0002\u0003"))).notText());
    assertNull(ContentSniffer.sniff(TextInput.of("c.txt", bytes(text + "\t\r\n\f"))).notText());
  }

  @Test
  void onlyTheFirstCharactersAreSniffed() throws Exception {
    String text = "z".repeat(ContentSniffer.SNIFF_CHARS) + "\u0001".repeat(1000) + "\u0000";
    ContentSniffer.Sniff s = ContentSniffer.sniff(TextInput.of("long.txt", bytes(text)));
    assertNull(s.notText());
    assertEquals('z', s.firstChar());
  }

  @Test
  void anEmptyInputIsTextWithoutAFirstCharacter() throws Exception {
    ContentSniffer.Sniff s = ContentSniffer.sniff(TextInput.of("empty.txt", new byte[0]));
    assertNull(s.notText());
    assertEquals(-1, s.firstChar());
    assertEquals(0, s.bytes());
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", s.sha256());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] b) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Random bytes drawn from 1 to 255, no NUL: read as text they would be one token of no language. */
  @Test
  void randomBytesWithoutNulAreNotText() throws IOException {
    for (long seed = 1; seed <= 20; seed++) {
      java.util.Random random = new java.util.Random(seed);
      byte[] bytes = new byte[3000];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (1 + random.nextInt(255));
      }
      assertNotNull(ContentSniffer.sniff(TextInput.of("r.txt", bytes)).notText(), "seed " + seed);
    }
  }

  /** Without control characters, the mix of symbols and letters still gives random bytes away. */
  @Test
  void randomPrintableBytesAreNotTextByTheirSymbols() throws IOException {
    for (long seed = 1; seed <= 20; seed++) {
      java.util.Random random = new java.util.Random(seed);
      byte[] bytes = new byte[3000];
      for (int i = 0; i < bytes.length; i++) {
        int b = 0x20 + random.nextInt(0x7F - 0x20 + 0x100 - 0xA0);
        bytes[i] = (byte) (b < 0x7F ? b : b - 0x7F + 0xA0);
      }
      String why = ContentSniffer.sniff(TextInput.of("r.txt", bytes)).notText();
      assertNotNull(why, "seed " + seed);
      assertTrue(why.startsWith("does not look like text"), why);
    }
  }

  /** Valid UTF-8 of letters drawn from all of Unicode: every letter of another script. */
  @Test
  void lettersScatteredOverScriptsAreNotText() throws IOException {
    java.util.Random random = new java.util.Random(3);
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 3000) {
      int cp = 0x100 + random.nextInt(0x3000);
      if (Character.isLetter(cp)) {
        sb.appendCodePoint(cp);
        if (random.nextInt(6) == 0) {
          sb.append(' ');
        }
      }
    }
    String why = ContentSniffer.sniff(TextInput.of("r.txt", bytes(sb.toString()))).notText();
    assertNotNull(why);
    assertTrue(why.contains("scripts"), why);
  }

  @Test
  void textInManyLanguagesAndEncodingsIsText() throws IOException {
    String[] texts = {
      "Le caf\u00e9 du port a rouvert lundi, apr\u00e8s un hiver de r\u00e9parations. \u00c0 l'\u00e9t\u00e9 prochain, "
          + "les p\u00eacheurs esp\u00e8rent \u00ab une meilleure saison \u00bb, dit le ma\u00eetre du port.",
      "Die Stra\u00dfe am Hafen wurde f\u00fcr \u20ac 2,5 Mio. erneuert; bei 30 \u00b0C \u00f6ffnete das Caf\u00e9 wieder. "
          + "\u00a9 Hafenzeitung 2024, Gr\u00fc\u00dfe aus M\u00fcnchen.",
      "\ud3c9\uc591\uc5d0\uc11c \uc5f4\ub9b0 \ud68c\uc758\uc5d0\uc11c \ub178\ub3d9\ub2f9 \uc911\uc559\uc704\uc6d0\ud68c\ub294 "
          + "\u25b2\uacbd\uc81c \u25b2\ub18d\uc5c5 \ubb38\uc81c\ub97c \ub17c\uc758\ud588\ub2e4\uace0 \uc870\uc120\uc911\uc559\ud1b5\uc2e0\uc774 "
          + "\uc804\ud588\ub2e4. \u203b \uc774 \uae30\uc0ac\ub294 2024\ub144 3\uc6d4 1\uc77c\uc790\uc785\ub2c8\ub2e4.",
      "\u0412 \u041f\u0445\u0435\u043d\u044c\u044f\u043d\u0435 \u043f\u0440\u043e\u0448\u043b\u043e \u0441\u043e\u0432\u0435\u0449\u0430\u043d\u0438\u0435 "
          + "\u0426\u041a \u0422\u041f\u041a, \u0441\u043e\u043e\u0431\u0449\u0430\u0435\u0442 \u0426\u0422\u0410\u041a (KCNA) \u2014 1 \u043c\u0430\u0440\u0442\u0430 2024 \u0433.",
      "\u0630\u0643\u0631\u062a \u0648\u0643\u0627\u0644\u0629 \u0627\u0644\u0623\u0646\u0628\u0627\u0621 \u0623\u0646 \u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639 "
          + "\u0639\u064f\u0642\u062f \u0641\u064a \u0628\u064a\u0648\u0646\u063a \u064a\u0627\u0646\u063a\u060c \u0645\u06cc\u200c\u0634\u0648\u062f.",
      "\u671d\u9c9c\u4e2d\u592e\u901a\u8baf\u793e3\u67081\u65e5\u62a5\u9053\uff0c\u4f1a\u8bae\u5728\u5e73\u58e4\u4e3e\u884c\u3002\u300c\u7ecf\u6d4e\u300d"
          + "\u8fd9\u662f\u65e5\u672c\u8a9e\u306e\u6587\u3082\u3042\u308a\u307e\u3059\u3002\u30cb\u30e5\u30fc\u30b9\u3067\u3059\u3002",
      "\u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940 \u092e\u0947\u0902 \u092c\u0948\u0920\u0915 \u0939\u0941\u0908\u0964 "
          + "\u0391\u03b8\u03ae\u03bd\u03b1 \u03c3\u03c5\u03bd\u03ac\u03bd\u03c4\u03b7\u03c3\u03b7 \u03ad\u03b3\u03b9\u03bd\u03b5.",
      "{\"date\": \"2024-03-01\", \"id\": 17, \"score\": -0.25, \"tags\": [\"a\", \"b\"], \"text\": \"Short.\"}",
    };
    for (String text : texts) {
      String repeated = (text + "\n").repeat(30);
      assertNull(ContentSniffer.sniff(TextInput.of("t.txt", bytes(repeated))).notText(), text);
    }
    java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
    for (String text : new String[] {texts[0], texts[1], "\u201cQuoted\u201d \u2013 it\u2019s \u2026 done \u2022 \u2122"}) {
      byte[] bytes = (text + "\n").repeat(30).getBytes(cp1252);
      ContentSniffer.Sniff s = ContentSniffer.sniff(TextInput.of("w.txt", bytes));
      assertNull(s.notText(), text);
      assertTrue(s.repairedBytes() > 0);
    }
  }
}
