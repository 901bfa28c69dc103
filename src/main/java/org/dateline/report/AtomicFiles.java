package org.dateline.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Writes files so that readers see either the old file or the complete new one, never a
 * half-written file, even if the program is killed mid-write.
 *
 * <p>The content goes to a temporary file {@code .<name>.tmp-<random>} in the target's
 * directory (the same file system, so the rename below cannot turn into a copy), is forced to
 * disk, and is then moved over the target with {@link StandardCopyOption#ATOMIC_MOVE}; where
 * the file system cannot move atomically, a plain replacing move is used instead. On failure the
 * temporary file is deleted and the target is left as it was. Missing parent directories are
 * created.
 *
 * <p>Thread-safe: concurrent writes to different targets do not interfere; concurrent writes to
 * the same target leave one complete version.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    /** Writes to {@code out}; the caller flushes and closes it. */
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes {@code target} as UTF-8 text (no byte-order mark) from {@code content}.
   *
   * @return the target path
   * @throws IOException when writing, forcing or moving fails, or {@code content} throws; the
   *     target is then unchanged and no temporary file is left behind
   */
  public static Path write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path name = absolute.getFileName();
    if (dir == null || name == null) {
      throw new IllegalArgumentException("target must name a file inside a directory, was " + target);
    }
    Files.createDirectories(dir);
    byte[] suffix = new byte[8];
    RANDOM.nextBytes(suffix);
    Path temp = dir.resolve("." + name + ".tmp-" + HexFormat.of().formatHex(suffix));
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        // Not closed here: closing the writer would close the channel before force().
        Writer out = new BufferedWriter(
            new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException notSupported) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }
}
