package org.dateline.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
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

  /**
   * Wraps {@code in} so that the bytes read through it are counted and hashed, for the size and
   * digest of a file that is read once for another purpose (a decompressor, a decoder).
   */
  public static CountingStream counting(InputStream in) {
    return new CountingStream(in);
  }

  /**
   * A stream that counts and hashes the bytes read through it. Not thread-safe; closing it closes
   * the wrapped stream.
   */
  public static final class CountingStream extends FilterInputStream {
    private final MessageDigest digest = newDigest();
    private long count;

    private CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        digest.update((byte) b);
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        digest.update(b, off, n);
        count += n;
      }
      return n;
    }

    /** Skipped bytes must be hashed too, so they are read. */
    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.min(Math.max(n, 0), 65536)];
      long done = 0;
      while (done < n) {
        int r = read(buf, 0, (int) Math.min(buf.length, n - done));
        if (r < 0) {
          break;
        }
        done += r;
      }
      return done;
    }

    /** Marks would let bytes be read, and hashed, twice. */
    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
      // not supported, see markSupported
    }

    @Override
    public synchronized void reset() throws IOException {
      throw new IOException("mark/reset not supported");
    }

    /**
     * Reads what is left, so that the count and digest cover the whole stream even when its
     * reader stopped early (a decompressor leaves the trailer unread).
     */
    public void readToEnd() throws IOException {
      byte[] buf = new byte[65536];
      while (read(buf, 0, buf.length) >= 0) {
        // counted and hashed by read
      }
    }

    /** The bytes read so far. */
    public long count() {
      return count;
    }

    /** The lower-case hex SHA-256 of the bytes read; ends the digest, so call it once. */
    public String hex() {
      return Sha256.hex(digest);
    }
  }
}
