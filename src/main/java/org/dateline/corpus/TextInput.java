package org.dateline.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of one input and how to decode them, so that a loader can read a file, bytes
 * already in memory, or a stream from a distributed file system alike. Names ending in {@code
 * .gz} are decompressed transparently. Immutable; {@link #open} may be called more than once.
 *
 * @param displayName the name used in origins and problems, such as {@code input/page.txt}
 * @param fileName the last element of the name, for ids and dates in file names
 * @param bytes opens the raw (possibly compressed) bytes; each call starts from the beginning
 * @param encoding what a scan of the bytes found, so that the loader need not read them twice
 * @param idName what record ids are made of ({@code idName:line}, {@code idName#n}): the file
 *     name, or, when two files of a run share a name, the path below the input folder named
 * @param maxChars the most text {@link #readString} returns and the longest line {@link #open}
 *     passes on; past it they throw {@link TooLargeException} (see {@link RecordLimit})
 */
public record TextInput(String displayName, String fileName, ByteSource bytes, Encoding encoding, String idName,
    long maxChars) {

  /** Opens a fresh stream over the input's bytes. */
  @FunctionalInterface
  public interface ByteSource {
    InputStream open() throws IOException;
  }

  /** How the bytes are decoded. */
  public enum Encoding {
    /** Known to be valid UTF-8: decoded by the platform's decoder. */
    UTF_8,
    /** Not known to be valid UTF-8: bytes that are not are read as windows-1252, one by one. */
    UTF_8_REPAIRING
  }

  private static final char BOM = '\uFEFF';

  public TextInput {
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(idName, "idName");
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, got " + maxChars);
    }
  }

  /** An input read up to the default record limit. */
  public TextInput(String displayName, String fileName, ByteSource bytes, Encoding encoding, String idName) {
    this(displayName, fileName, bytes, encoding, idName, RecordLimit.chars(RecordLimit.DEFAULT_MB));
  }

  /** An input whose record ids are made of its file name. */
  public TextInput(String displayName, String fileName, ByteSource bytes, Encoding encoding) {
    this(displayName, fileName, bytes, encoding, fileName);
  }

  /** A file, decoded with repair since it has not been scanned. */
  public static TextInput of(Path file, String displayName) {
    Objects.requireNonNull(file, "file");
    return new TextInput(displayName, TextDecoding.fileName(file), () -> Files.newInputStream(file),
        Encoding.UTF_8_REPAIRING);
  }

  /** Bytes in memory, such as a file fetched from HDFS or S3; {@code name} as in origins. */
  public static TextInput of(String name, byte[] content) {
    Objects.requireNonNull(name, "name");
    byte[] copy = content.clone();
    int slash = name.lastIndexOf('/');
    return new TextInput(name, name.substring(slash + 1), () -> new ByteArrayInputStream(copy),
        Encoding.UTF_8_REPAIRING);
  }

  /** The same input decoded as {@code newEncoding}. */
  public TextInput withEncoding(Encoding newEncoding) {
    return new TextInput(displayName, fileName, bytes, newEncoding, idName, maxChars);
  }

  /** The same input whose record ids are made of {@code newIdName}. */
  public TextInput withIdName(String newIdName) {
    return new TextInput(displayName, fileName, bytes, encoding, newIdName, maxChars);
  }

  /** The same input read up to {@code newMaxChars} characters a line or a file. */
  public TextInput withMaxChars(long newMaxChars) {
    return new TextInput(displayName, fileName, bytes, encoding, idName, newMaxChars);
  }

  /** True when the name ends in {@code .gz}. */
  public boolean compressed() {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The file name without a {@code .gz} suffix, whose extension tells the format. */
  public String innerName() {
    return compressed() ? fileName.substring(0, fileName.length() - 3) : fileName;
  }

  /** The decompressed bytes. */
  public InputStream openBytes() throws IOException {
    InputStream raw = bytes.open();
    try {
      return compressed() ? new GZIPInputStream(new BufferedInputStream(raw, 65536), 65536) : raw;
    } catch (IOException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * A reader over the decoded text with any leading byte order mark removed, which throws
   * {@link TooLargeException} at a line longer than {@link #maxChars}.
   */
  public BufferedReader open() throws IOException {
    return withoutBom(new LineLimitReader(decoded(), maxChars));
  }

  /**
   * A reader over the decoded text with any leading byte order mark removed, lines of any
   * length: for a format that bounds its own records (a JSON document, whose strings the parser
   * bounds).
   */
  public BufferedReader openText() throws IOException {
    return withoutBom(decoded());
  }

  private Reader decoded() throws IOException {
    InputStream in = openBytes();
    return encoding == Encoding.UTF_8
        ? new InputStreamReader(in, StandardCharsets.UTF_8)
        : new RepairingUtf8Reader(new BufferedInputStream(in, 65536));
  }

  private static BufferedReader withoutBom(Reader decoded) throws IOException {
    BufferedReader r = new BufferedReader(decoded, 65536);
    try {
      r.mark(1);
      int first = r.read();
      if (first != BOM && first != -1) {
        r.reset();
      }
      return r;
    } catch (IOException e) {
      r.close();
      throw e;
    }
  }

  /**
   * The whole decoded text, without a byte order mark. For small, line-oriented inputs.
   *
   * @throws TooLargeException when the text is longer than {@link #maxChars}; no more than a
   *     buffer past it was read
   */
  public String readString() throws IOException {
    try (BufferedReader r = openText()) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[16384];
      int n;
      while ((n = r.read(buf)) >= 0) {
        sb.append(buf, 0, n);
        if (sb.length() > maxChars) {
          throw new TooLargeException("the file", sb.length(), maxChars);
        }
      }
      return sb.toString();
    }
  }
}
