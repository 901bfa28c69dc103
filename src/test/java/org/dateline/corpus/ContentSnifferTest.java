package org.dateline.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
}
