package org.dateline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

  /** FIPS 180-2, appendix B.1. */
  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hexOfTextIsTheStandardDigest() {
    assertEquals(ABC, Sha256.hex("abc"));
  }

  @Test
  void aCountingStreamCountsAndHashesEveryByteReadSkippedOrLeftOver() throws Exception {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    try (Sha256.CountingStream in = Sha256.counting(new ByteArrayInputStream(abc))) {
      assertEquals('a', in.read());
      assertEquals(1, in.skip(1));
      assertEquals(2, in.count());
      assertFalse(in.markSupported());
      in.readToEnd();
      assertEquals(3, in.count());
      assertEquals(ABC, in.hex());
    }
  }

  @Test
  void anEmptyStreamHasTheDigestOfNothing() throws Exception {
    try (Sha256.CountingStream in = Sha256.counting(new ByteArrayInputStream(new byte[0]))) {
      in.readToEnd();
      assertEquals(0, in.count());
      assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", in.hex());
    }
  }
}
