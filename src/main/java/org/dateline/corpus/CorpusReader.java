package org.dateline.corpus;

import java.io.IOException;
import java.time.Clock;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Reads a corpus given as files and folders: walks folders, picks a {@link Loader} per file and
 * passes every record and problem to one {@link RecordSink}.
 *
 * <p>Folders are walked recursively in a deterministic order (by path string), without
 * following symbolic links to folders, so link cycles cannot trap the walk. Hidden files and
 * folders (name starting with {@code .}), {@code SOURCE.md} and {@code README*} files are
 * skipped. The loader is chosen by extension: {@code .json} as a JSON document, {@code .jsonl}
 * and {@code .ndjson} as JSON Lines, {@code .csv} as CSV, {@code .txt}, {@code .text} and no
 * extension as page text; other files are sniffed ({@code [} or <code>{</code> first: JSON,
 * else page text). Files holding NUL bytes are skipped as {@link ProblemKind#UNKNOWN_FORMAT};
 * files that cannot be read, pipes and other non-regular files, and links to folders found in
 * a walk as {@link ProblemKind#UNREADABLE_FILE}; files that are not valid UTF-8 are read as
 * windows-1252 and listed as {@link ProblemKind#REPAIRED_ENCODING}. The run goes on.
 *
 * <p>Immutable and thread-safe; {@link #read} may run on several threads with separate sinks.
 */
public final class CorpusReader {

  private static final int SNIFF_BYTES = 8192;

  private final LoadOptions options;
  private final PageTextLoader page;
  private final JsonLoader json;
  private final JsonLoader jsonLines;
  private final CsvLoader csv;

  public CorpusReader(LoadOptions options) {
    this(options, new DateParser(Clock.systemUTC(), options.zone()));
  }

  public CorpusReader(LoadOptions options, DateParser dates) {
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(dates, "dates");
    this.page = new PageTextLoader(dates);
    this.json = new JsonLoader(JsonLoader.Mode.DOCUMENT, dates);
    this.jsonLines = new JsonLoader(JsonLoader.Mode.LINES, dates);
    this.csv = new CsvLoader(dates);
  }

  /**
   * Reads all inputs in order and reports what was read.
   *
   * @param inputs files and folders; each must exist
   * @param sink receives articles and problems in input order
   * @return the files read, in the order read; files that could not be opened appear only as
   *     problems
   * @throws NoSuchFileException when an input does not exist (checked before anything is read)
   * @throws IOException when a folder cannot be walked at all
   */
  public List<InputFile> read(List<Path> inputs, RecordSink sink) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sink, "sink");
    for (Path input : inputs) {
      Objects.requireNonNull(input, "input");
      if (!Files.exists(input)) {
        throw new NoSuchFileException(input.toString(), null, "input file or folder not found");
      }
    }
    List<InputFile> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        for (Found f : walk(input, sink)) {
          readFile(f.path(), f.displayName(), sink, out);
        }
      } else {
        readFile(input, slashes(input.toString()), sink, out);
      }
    }
    return out;
  }

  private record Found(Path path, String displayName) {}

  private List<Found> walk(Path root, RecordSink sink) throws IOException {
    String given = slashes(root.toString());
    String prefix = given.equals(".") ? "" : given.endsWith("/") ? given : given + "/";
    // A folder given as a link is walked at its target; links found inside are not followed.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    List<Found> found = new ArrayList<>();
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(start) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (skipped(file)) {
              return FileVisitResult.CONTINUE;
            }
            String display = prefix + slashes(start.relativize(file).toString());
            if (Files.isRegularFile(file)) {
              found.add(new Found(file, display));
            } else if (Files.isDirectory(file)) {
              // Links are not followed, so a link to a folder arrives here as a file; following
              // it could loop (dir/link -> ..) or read a corpus twice.
              sink.problem(new Problem(Origin.line(display, 0), ProblemKind.UNREADABLE_FILE,
                  "symbolic link to a folder, not followed; skipped (give the folder itself as an input to read it)"));
            } else {
              sink.problem(new Problem(Origin.line(display, 0), ProblemKind.UNREADABLE_FILE,
                  Files.isSymbolicLink(file) ? "broken symbolic link; skipped"
                      : "not a regular file (a pipe, socket or device); skipped"));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            sink.problem(
                new Problem(
                    Origin.line(prefix + slashes(start.relativize(file).toString()), 0),
                    ProblemKind.UNREADABLE_FILE,
                    "cannot be read (" + e + "); skipped"));
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Found::displayName));
    return found;
  }

  private void readFile(Path file, String displayName, RecordSink sink, List<InputFile> out) {
    Origin whole = Origin.line(displayName, 0);
    if (!Files.isRegularFile(file)) {
      // Reading a pipe would block the run until something writes to it.
      sink.problem(new Problem(whole, ProblemKind.UNREADABLE_FILE,
          "not a regular file (a pipe, socket or device); skipped"));
      return;
    }
    Scan scan;
    try {
      scan = scan(file);
    } catch (IOException e) {
      sink.problem(new Problem(whole, ProblemKind.UNREADABLE_FILE, "cannot be read (" + e + "); skipped"));
      return;
    }
    if (scan.nulAt() >= 0) {
      sink.problem(
          new Problem(
              whole,
              ProblemKind.UNKNOWN_FORMAT,
              "looks binary (NUL byte at offset " + scan.nulAt() + "); skipped;"
                  + " convert text files to UTF-8"));
      out.add(new InputFile(displayName, scan.bytes(), scan.sha256(), "unknown", 0, 1));
      return;
    }
    Loader loader = choose(file, scan.firstChar());
    CountingSink counting = new CountingSink(sink);
    try {
      if (!scan.utf8()) {
        counting.problem(new Problem(whole, ProblemKind.REPAIRED_ENCODING,
            "not valid UTF-8; read as windows-1252 (save the file as UTF-8 to silence this)"));
      }
      loader.load(file, displayName, options, counting);
    } catch (IOException | UncheckedIOException e) {
      counting.problem(
          new Problem(whole, ProblemKind.UNREADABLE_FILE, "reading stopped (" + e + ")"));
    }
    out.add(
        new InputFile(
            displayName, scan.bytes(), scan.sha256(), loader.format(), counting.records, counting.problems));
  }

  private Loader choose(Path file, int firstChar) {
    String name = TextDecoding.fileName(file).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot <= 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "json" -> json;
      case "jsonl", "ndjson" -> jsonLines;
      case "csv" -> csv;
      case "", "txt", "text" -> page;
      default -> firstChar == '[' || firstChar == '{' ? json : page;
    };
  }

  private record Scan(long bytes, String sha256, long nulAt, int firstChar, boolean utf8) {}

  /**
   * Size, digest, first NUL among the first bytes, first non-blank character, and whether the
   * whole file is valid UTF-8, in one pass.
   */
  private static Scan scan(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    long total = 0;
    long nulAt = -1;
    int firstChar = -1;
    byte[] buf = new byte[65536];
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Room for a chunk plus the few bytes of a character split across chunks.
    ByteBuffer pending = ByteBuffer.allocate(buf.length + 8);
    CharBuffer chars = CharBuffer.allocate(buf.length + 8);
    boolean valid = true;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        digest.update(buf, 0, n);
        if (valid) {
          pending.put(buf, 0, n).flip();
          valid = !utf8.decode(pending, chars, false).isError();
          pending.compact();
          chars.clear();
        }
        for (int i = 0; i < n && total + i < SNIFF_BYTES; i++) {
          int b = buf[i] & 0xff;
          if (b == 0 && nulAt < 0) {
            nulAt = total + i;
          }
          boolean skip = Character.isWhitespace(b) || (total + i < 3 && (b == 0xEF || b == 0xBB || b == 0xBF));
          if (firstChar < 0 && !skip) {
            firstChar = b;
          }
        }
        total += n;
      }
    }
    if (valid) {
      pending.flip();
      valid = !utf8.decode(pending, chars, true).isError() && !utf8.flush(chars).isError();
    }
    return new Scan(total, HexFormat.of().formatHex(digest.digest()), nulAt, firstChar, valid);
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean skipped(Path file) {
    String name = TextDecoding.fileName(file);
    return name.startsWith(".")
        || name.equals("SOURCE.md")
        || name.toUpperCase(Locale.ROOT).startsWith("README");
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }

  /** Counts what one loader passed on, for {@link InputFile}. */
  private static final class CountingSink implements RecordSink {
    private final RecordSink delegate;
    int records;
    int problems;

    CountingSink(RecordSink delegate) {
      this.delegate = delegate;
    }

    @Override
    public void accept(Article article) {
      records++;
      delegate.accept(article);
    }

    @Override
    public void problem(Problem problem) {
      problems++;
      delegate.problem(problem);
    }
  }
}
