package org.dateline.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
    return cacheFileProblem(file, "choose another file with --cache, or run with --no-cache");
  }

  /** The first bytes of every SQLite database file. */
  private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /**
   * Whether the annotation cache can be opened at {@code file}: not a folder, its folder
   * writable, and an existing non-empty file an SQLite database.
   *
   * @param fix what the user can do instead, for the command at hand
   */
  public static String cacheFileProblem(Path file, String fix) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fix, "fix");
    if (Files.isDirectory(file)) {
      return "annotation cache --cache " + file + " is a folder, not a file; " + fix;
    }
    if (Files.exists(file)) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        return "annotation cache --cache " + file + " is not a readable file; " + fix;
      }
      if (!Files.isWritable(file)) {
        return "annotation cache --cache " + file + " cannot be written; " + fix;
      }
      String notSqlite = notSqlite(file);
      if (notSqlite != null) {
        return "annotation cache --cache " + file + " " + notSqlite + "; " + fix;
      }
    }
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? null
        : writableFolderProblem(parent, "annotation cache --cache " + file + ": its folder " + parent, fix);
  }

  /**
   * Why an existing file is no dateline annotation cache, or null: it must be empty (it becomes
   * one), or an SQLite database whose schema, on its first page, holds the cache's table. Told
   * from the bytes, so that no database driver loads before the work, and so that the user's
   * own database is never given the cache's tables.
   */
  private static String notSqlite(Path file) {
    byte[] page;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      page = in.readNBytes(SQLITE_HEADER.length + 2);
      if (page.length == 0) {
        return null;
      }
      if (page.length < SQLITE_HEADER.length + 2
          || !java.util.Arrays.equals(java.util.Arrays.copyOf(page, SQLITE_HEADER.length), SQLITE_HEADER)) {
        return "is not an annotation cache (not an SQLite database); it is left as it is";
      }
      int size = ((page[16] & 0xff) << 8) | (page[17] & 0xff);
      byte[] rest = in.readNBytes((size == 1 ? 65536 : size) - page.length);
      page = java.util.Arrays.copyOf(page, page.length + rest.length);
      System.arraycopy(rest, 0, page, SQLITE_HEADER.length + 2, rest.length);
    } catch (IOException e) {
      return "cannot be read (" + reason(e) + ")";
    }
    // A cache in use may have its schema only in the write-ahead log so far.
    if (Files.exists(file.resolveSibling(file.getFileName() + "-wal"))
        || new String(page, java.nio.charset.StandardCharsets.ISO_8859_1).contains(CACHE_TABLE)) {
      return null;
    }
    return "is an SQLite database but not a dateline annotation cache; it is left as it is";
  }

  /** The start of the cache's main table as SQLite keeps it in the schema. */
  private static final String CACHE_TABLE = "CREATE TABLE annotation (key TEXT PRIMARY KEY, data BLOB NOT NULL)";

  /** Whether {@code a} and {@code b} name the same file, links resolved. */
  public static boolean sameFile(Path a, Path b) {
    return canonical(a).equals(canonical(b));
  }

  /**
   * Whether a single output file can be written at {@code file}: not a folder, not a read-only
   * file, its folder can be made and written.
   *
   * @param option the option naming it, for the message ({@code -o})
   */
  public static String outputFileProblem(String option, Path file) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      return "output " + option + " " + file + " is a folder; name a file (e.g. " + file.resolve("kwic.csv") + ")";
    }
    if (Files.exists(file) && (!Files.isRegularFile(file) || !Files.isWritable(file))) {
      return "output " + option + " " + file + " cannot be written (not a writable file); choose another file with " + option;
    }
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? null
        : writableFolderProblem(parent, "output " + option + " " + file + ": its folder " + parent,
            "choose another file with " + option);
  }

  /**
   * Whether writing {@code output} could replace or add to the corpus: it is one of the {@code
   * inputs}, or lies inside an input folder where a walk reads it (now, or in a later run once it
   * exists). A walk passes over hidden files and folders, {@code SOURCE.md}, {@code README*}
   * and the {@code excluded} paths (a run's own output folder and cache), so those are allowed.
   * Paths are compared after resolving links, so {@code ./in/a.json} and {@code in/a.json} are
   * the same input.
   *
   * @param option the option naming the output, for the message ({@code -o}, {@code --cache})
   * @param output a file or folder the command writes
   * @param inputs the command's input files and folders
   * @param excluded paths the walk of an input folder passes over; may be empty
   */
  public static String outputAmongInputs(String option, Path output, List<Path> inputs, Collection<Path> excluded) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(excluded, "excluded");
    Path out = canonical(output);
    for (Path input : inputs) {
      Path in = canonical(input);
      if (out.equals(in)) {
        return option + " " + output + " is the input " + input
            + "; writing there would replace the corpus; choose an output outside the inputs";
      }
      if (Files.isDirectory(in) && out.startsWith(in) && readInWalk(in, out, excluded)) {
        return option + " " + output + " lies inside the input folder " + input
            + ", whose walk reads it (the output would be read as corpus); choose an output outside " + input;
      }
    }
    return null;
  }

  /** Whether a walk of {@code root} reaches {@code file} (both canonical) and does not pass it over. */
  private static boolean readInWalk(Path root, Path file, Collection<Path> excluded) {
    for (Path e : excluded) {
      if (file.startsWith(canonical(e))) {
        return false;
      }
    }
    Path rel = root.relativize(file);
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = rel.getFileName() == null ? "" : rel.getFileName().toString();
    return !name.equals("SOURCE.md") && !name.toUpperCase(Locale.ROOT).startsWith("README");
  }

  /**
   * The absolute path with links resolved as far as it exists: a file not there yet is named
   * under the real path of its nearest existing folder.
   */
  static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException | SecurityException e) {
      return abs;
    }
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
