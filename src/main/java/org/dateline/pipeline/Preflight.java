package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Checks made before any model loads, so that a run that cannot finish fails in a second
 * rather than after hours of annotation. Each returns null when all is well, else one line
 * naming the path, the reason and the fix.
 */
public final class Preflight {

  private Preflight() {}

  /** The first input that does not exist. */
  public static String missingInput(List<Path> inputs) {
    for (Path p : Objects.requireNonNull(inputs, "inputs")) {
      if (!Files.exists(p)) {
        return "no such input: " + p;
      }
    }
    return null;
  }

  /** A list file named by {@code option} (may be null: not given) that cannot be read. */
  public static String missingListFile(String option, Path file) {
    if (file == null) {
      return null;
    }
    if (!Files.exists(file)) {
      return option + " " + file + ": no such file";
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return option + " " + file + ": not a readable file";
    }
    return null;
  }

  /**
   * Whether the reports can be written to {@code dir}: it is a folder or can be made one, and
   * a file can be created in it. Creates the folder when missing, as the run would.
   */
  public static String outputFolderProblem(Path dir) {
    Objects.requireNonNull(dir, "dir");
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return "output folder -o " + dir + " is a file, not a folder; name a folder (it is created when missing)";
    }
    return writableFolderProblem(dir, "output folder -o " + dir, "choose another folder with -o");
  }

  /** Whether the annotation cache can be opened at {@code file}: its folder must be writable. */
  public static String cacheFileProblem(Path file) {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      return "annotation cache " + file + " is a folder; --cache takes a file name";
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      return "annotation cache " + file + " cannot be written; choose another file with --cache, or run with --no-cache";
    }
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? null
        : writableFolderProblem(parent, "annotation cache " + file + ": its folder " + parent,
            "choose another file with --cache, or run with --no-cache");
  }

  private static String writableFolderProblem(Path dir, String what, String fix) {
    try {
      Files.createDirectories(dir);
      // Permission bits do not tell about read-only mounts or root; writing a file does.
      Path probe = Files.createTempFile(dir, ".dateline-write-check-", ".tmp");
      Files.delete(probe);
      return null;
    } catch (IOException e) {
      return what + " cannot be created or written (" + reason(e) + "); " + fix;
    }
  }

  /** A plain-words reason for a file system error, which Java often gives as a bare path. */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "a file of that name is in the way";
    }
    if (e instanceof java.nio.file.NotDirectoryException) {
      return "not a folder";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
