package org.dateline.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest the program uses: file hashes, cache keys, dedup keys. */
public final class Sha256 {

  private Sha256() {}

  /** A fresh digest, for hashing a stream piece by piece. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  public static byte[] of(byte[] bytes) {
    return newDigest().digest(bytes);
  }

  public static byte[] of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The lower-case hex digest of {@code digest}'s input so far. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String hex(String text) {
    return HexFormat.of().formatHex(of(text));
  }
}
