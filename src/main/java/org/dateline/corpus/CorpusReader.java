package org.dateline.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
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
import java.util.Optional;
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
 * skipped silently, and so are the run's output folder and cache ({@link
 * LoadOptions#excluded}), so that a run over {@code .} never reads its own tables.
 *
 * <p>The loader is chosen by extension, after removing {@code .gz} (gzip files are read
 * transparently): {@code .json} as a JSON document, {@code .jsonl} and {@code .ndjson} as JSON
 * Lines, {@code .csv} as CSV, {@code .tsv} as tab-separated, {@code .txt}, {@code .text} and no
 * extension as page text. Other files found in a folder ({@code LICENSE}, {@code .md}, {@code
 * .py}, {@code .log}, images) are not corpora: they are listed as {@link
 * ProblemKind#UNKNOWN_FORMAT} and skipped. A file named as an input is read whatever its
 * extension ({@code [} or <code>{</code> first: JSON, else page text), except HTML, whose tags
 * would be counted as words: it is skipped with a message.
 *
 * <p>A scan reads each file once before loading it, for its size and SHA-256, whether it is
 * valid UTF-8, and whether it is text at all: a NUL byte, a known magic number (images, PDF,
 * archives, executables) or more than {@value #MAX_CONTROL_PERCENT}% control characters among
 * the first characters mark it as not text ({@link ProblemKind#UNKNOWN_FORMAT}). Bytes that are
 * not valid UTF-8 are read as windows-1252 one by one and counted ({@link
 * ProblemKind#REPAIRED_ENCODING}); the loader is told what the scan found, so it decodes the file
 * without checking it again. Files that cannot be read, pipes and other non-regular files, and
 * links to folders found in a walk are {@link ProblemKind#UNREADABLE_FILE}. The run goes on.
 *
 * <p>Immutable and thread-safe; {@link #read} may run on several threads with separate sinks.
 */
public final class CorpusReader {

  private static final int SNIFF_CHARS = 8192;
  /** Text has a tab or a form feed here and there; random or compressed bytes have about 12%. */
  static final int MAX_CONTROL_PERCENT = 2;

  private final LoadOptions options;
  private final PageTextLoader page;
  private final JsonLoader json;
  private final JsonLoader jsonLines;
  private final CsvLoader csv;
  private final CsvLoader tsv;

  /** A reader whose dates put instants on the days of {@link LoadOptions#zone()}. */
  public CorpusReader(LoadOptions options) {
    this(options, new DateParser(Clock.systemUTC(), Objects.requireNonNull(options, "options").zone()));
  }

  /** A reader with its own date parser, whose time zone then applies instead of the options'. */
  public CorpusReader(LoadOptions options, DateParser dates) {
    this.options = Objects.requireNonNull(options, "options");
    Objects.requireNonNull(dates, "dates");
    this.page = new PageTextLoader(dates);
    this.json = new JsonLoader(JsonLoader.Mode.DOCUMENT, dates);
    this.jsonLines = new JsonLoader(JsonLoader.Mode.LINES, dates);
    this.csv = new CsvLoader(dates);
    this.tsv = CsvLoader.tsv(dates);
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
    Objects.requireNonNull(sink, "sink");
    List<InputFile> out = new ArrayList<>();
    for (Listed entry : list(inputs)) {
      if (entry.problem() != null) {
        sink.problem(entry.problem());
      } else {
        readFile(entry.path(), entry.displayName(), sink, out);
      }
    }
    return out;
  }

  /**
   * One entry of what {@link #list} found: a file to read, or a problem in its place (a file
   * that is not a corpus, a link to a folder, the run's own output folder).
   *
   * @param path the file, as found
   * @param displayName its name in origins, problems and the manifest
   * @param problem what is wrong with it, or null when it is to be read
   */
  public record Listed(Path path, String displayName, Problem problem) {
    public Listed {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(displayName, "displayName");
    }
  }

  /**
   * The files {@link #read(List, RecordSink)} reads, in its order, folders walked, each with
   * the name it gets in origins; files that are skipped come with their problem, at the place
   * where reading reports it. For a job that reads the files elsewhere (see {@link #read(Path,
   * String, RecordSink)}) and must name and order them as a run on one machine does.
   *
   * @throws NoSuchFileException when an input does not exist
   * @throws IOException when a folder cannot be walked at all
   */
  public List<Listed> list(List<Path> inputs) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    for (Path input : inputs) {
      Objects.requireNonNull(input, "input");
      if (!Files.exists(input)) {
        throw new NoSuchFileException(input.toString(), null, "input file or folder not found");
      }
    }
    List<Listed> out = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        out.addAll(walk(input));
      } else {
        out.add(new Listed(input, slashes(input.toString()), null));
      }
    }
    return out;
  }

  /**
   * Reads one file that {@link #list} found, under its display name, as {@link #read(List,
   * RecordSink)} does.
   *
   * @return what was read; empty when the file was skipped before its scan (not a regular
   *     file, HTML, unreadable)
   */
  public Optional<InputFile> read(Path file, String displayName, RecordSink sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(sink, "sink");
    List<InputFile> out = new ArrayList<>();
    readFile(file, displayName, sink, out);
    return out.stream().findFirst();
  }

  /**
   * Reads one input given as bytes rather than a file, as a distributed job that fetched them
   * from HDFS or S3 does; the format is chosen from {@code input}'s name as for a named file.
   *
   * @return what was read, as for a file; empty when the input was skipped before its scan
   *     (HTML, unreadable bytes)
   */
  public Optional<InputFile> read(TextInput input, RecordSink sink) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(sink, "sink");
    List<InputFile> out = new ArrayList<>();
    readInput(input, sink, out);
    return out.stream().findFirst();
  }

  /** The files found in a walk, or what is wrong with them; sorted by name, so problems come in a fixed order too. */
  private List<Listed> walk(Path root) throws IOException {
    String given = slashes(root.toString());
    String prefix = given.equals(".") ? "" : given.endsWith("/") ? given : given + "/";
    // A folder given as a link is walked at its target; links found inside are not followed.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    List<Listed> found = new ArrayList<>();
    if (options.isExcluded(start)) {
      found.add(new Listed(root, given, new Problem(Origin.line(given, 0), ProblemKind.UNREADABLE_FILE,
          "the output folder or cache of this run; not read (give the corpus folder as input)")));
      return found;
    }
    Files.walkFileTree(
        start,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(start)) {
              return FileVisitResult.CONTINUE;
            }
            return hidden(dir) || options.isExcluded(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (skipped(file) || options.isExcluded(file)) {
              return FileVisitResult.CONTINUE;
            }
            String display = prefix + slashes(start.relativize(file).toString());
            if (Files.isRegularFile(file)) {
              String why = notACorpus(TextDecoding.fileName(file));
              found.add(new Listed(file, display, why == null ? null
                  : new Problem(Origin.line(display, 0), ProblemKind.UNKNOWN_FORMAT, why)));
            } else if (Files.isDirectory(file)) {
              // Links are not followed, so a link to a folder arrives here as a file; following
              // it could loop (dir/link -> ..) or read a corpus twice.
              found.add(new Listed(file, display, new Problem(Origin.line(display, 0), ProblemKind.UNREADABLE_FILE,
                  "symbolic link to a folder, not followed; skipped (give the folder itself as an input to read it)")));
            } else {
              found.add(new Listed(file, display, new Problem(Origin.line(display, 0), ProblemKind.UNREADABLE_FILE,
                  Files.isSymbolicLink(file) ? "broken symbolic link; skipped"
                      : "not a regular file (a pipe, socket or device); skipped")));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            String display = prefix + slashes(start.relativize(file).toString());
            found.add(new Listed(file, display, new Problem(Origin.line(display, 0), ProblemKind.UNREADABLE_FILE,
                "cannot be read (" + e + "); skipped")));
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Listed::displayName));
    return found;
  }

  /** Extensions of the corpus formats, after any {@code .gz}. */
  private static final Set<String> CORPUS_EXTENSIONS =
      Set.of("json", "jsonl", "ndjson", "csv", "tsv", "txt", "text", "");
  private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
  /** Files without extension that come with software and data sets rather than news. */
  private static final Set<String> PROJECT_FILES =
      Set.of("LICENSE", "LICENCE", "COPYING", "NOTICE", "AUTHORS", "CHANGELOG", "CHANGES", "MAKEFILE", "DOCKERFILE");

  /**
   * Why a file found in a folder is not read as a corpus (its extension, a project file such as
   * {@code LICENSE}), or empty when it is one; for listings of other file systems.
   */
  public static Optional<String> whyNotACorpus(String fileName) {
    return Optional.ofNullable(notACorpus(Objects.requireNonNull(fileName, "fileName")));
  }

  /** Why a file found in a folder is not read as a corpus, or null when it is one. */
  private static String notACorpus(String fileName) {
    String inner = stripGz(fileName);
    String ext = extension(inner);
    if (HTML_EXTENSIONS.contains(ext)) {
      return htmlMessage();
    }
    String readAsText = "; skipped (name the file as an input to read it as text)";
    if (!CORPUS_EXTENSIONS.contains(ext)) {
      return "not a corpus format (." + ext + "; read are .json, .jsonl, .ndjson, .csv, .tsv, .txt, optionally .gz)"
          + readAsText;
    }
    String base = ext.isEmpty() ? inner : inner.substring(0, inner.length() - ext.length() - 1);
    if (PROJECT_FILES.contains(base.toUpperCase(Locale.ROOT))) {
      return "a project file (" + inner + "), not a corpus" + readAsText;
    }
    return null;
  }

  private static String htmlMessage() {
    return "an HTML page; its tags would be counted as words, so it is skipped (save the page's text as .txt)";
  }

  private void readFile(Path file, String displayName, RecordSink sink, List<InputFile> out) {
    if (!Files.isRegularFile(file)) {
      // Reading a pipe would block the run until something writes to it.
      sink.problem(new Problem(Origin.line(displayName, 0), ProblemKind.UNREADABLE_FILE,
          "not a regular file (a pipe, socket or device); skipped"));
      return;
    }
    TextInput input = new TextInput(displayName, TextDecoding.fileName(file), () -> Files.newInputStream(file),
        TextInput.Encoding.UTF_8_REPAIRING);
    readInput(input, sink, out);
  }

  private void readInput(TextInput input, RecordSink sink, List<InputFile> out) {
    Origin whole = Origin.line(input.displayName(), 0);
    if (HTML_EXTENSIONS.contains(extension(input.innerName()))) {
      sink.problem(new Problem(whole, ProblemKind.UNKNOWN_FORMAT, htmlMessage()));
      return;
    }
    Scan scan;
    try {
      scan = scan(input);
    } catch (ZipException e) {
      sink.problem(new Problem(whole, ProblemKind.UNREADABLE_FILE,
          "named .gz but not a valid gzip file (" + e.getMessage() + "); skipped"));
      return;
    } catch (IOException e) {
      sink.problem(new Problem(whole, ProblemKind.UNREADABLE_FILE, "cannot be read (" + e + "); skipped"));
      return;
    }
    String notText = scan.notText();
    if (notText != null) {
      sink.problem(new Problem(whole, ProblemKind.UNKNOWN_FORMAT,
          notText + "; skipped (text files must be UTF-8 or windows-1252)"));
      out.add(new InputFile(input.displayName(), scan.bytes(), scan.sha256(), "unknown", 0, 1));
      return;
    }
    Loader loader = choose(input.innerName(), scan.firstChar());
    CountingSink counting = new CountingSink(sink);
    try {
      if (scan.repairedBytes() > 0) {
        counting.problem(new Problem(whole, ProblemKind.REPAIRED_ENCODING,
            scan.repairedBytes() + " byte(s) are not valid UTF-8 and were read as windows-1252,"
                + " one by one; the rest is UTF-8 (save the file as UTF-8 to silence this)"));
      }
      loader.load(input.withEncoding(scan.repairedBytes() == 0 ? TextInput.Encoding.UTF_8
          : TextInput.Encoding.UTF_8_REPAIRING), options, counting);
    } catch (IOException | UncheckedIOException e) {
      counting.problem(
          new Problem(whole, ProblemKind.UNREADABLE_FILE, "reading stopped (" + e + ")"));
    }
    out.add(new InputFile(input.displayName(), scan.bytes(), scan.sha256(), loader.format(),
        counting.records, counting.problems, List.copyOf(counting.paths)));
  }

  private Loader choose(String innerName, int firstChar) {
    return switch (extension(innerName)) {
      case "json" -> json;
      case "jsonl", "ndjson" -> jsonLines;
      case "csv" -> csv;
      case "tsv" -> tsv;
      case "", "txt", "text" -> page;
      default -> firstChar == '[' || firstChar == '{' ? json : page;
    };
  }

  private static String extension(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    return dot <= 0 ? "" : lower.substring(dot + 1);
  }

  private static String stripGz(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /**
   * What one pass over a file found.
   *
   * @param notText why the file is not text, or null
   * @param repairedBytes bytes that are not valid UTF-8
   */
  private record Scan(long bytes, String sha256, String notText, int firstChar, long repairedBytes) {}

  /** Signatures of common binary files that may hold no NUL byte in their first bytes. */
  private static final List<Magic> MAGIC = List.of(
      new Magic("a PNG image", new int[] {0x89, 'P', 'N', 'G'}),
      new Magic("a JPEG image", new int[] {0xFF, 0xD8, 0xFF}),
      new Magic("a GIF image", new int[] {'G', 'I', 'F', '8'}),
      new Magic("a PDF document", new int[] {'%', 'P', 'D', 'F', '-'}),
      new Magic("a ZIP archive (or .docx, .xlsx)", new int[] {'P', 'K', 3, 4}),
      new Magic("gzip-compressed data (name it .gz to read it)", new int[] {0x1F, 0x8B}),
      new Magic("bzip2-compressed data", new int[] {'B', 'Z', 'h'}),
      new Magic("xz-compressed data", new int[] {0xFD, '7', 'z', 'X', 'Z'}),
      new Magic("a 7-Zip archive", new int[] {'7', 'z', 0xBC, 0xAF}),
      new Magic("a RAR archive", new int[] {'R', 'a', 'r', '!'}),
      new Magic("an executable (ELF)", new int[] {0x7F, 'E', 'L', 'F'}),
      new Magic("a SQLite database", new int[] {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f'}),
      new Magic("an old Office document", new int[] {0xD0, 0xCF, 0x11, 0xE0}),
      new Magic("a Java class file", new int[] {0xCA, 0xFE, 0xBA, 0xBE}));

  private record Magic(String what, int[] bytes) {
    boolean matches(byte[] head, int n) {
      if (n < bytes.length) {
        return false;
      }
      for (int i = 0; i < bytes.length; i++) {
        if ((head[i] & 0xff) != bytes[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Size and digest of the raw bytes, then, over the decompressed bytes: magic number, NUL and
   * control characters among the first characters, first non-blank character, and the bytes
   * that are not valid UTF-8, in one pass.
   */
  private static Scan scan(TextInput input) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    CountingStream counted;
    String notText = null;
    int firstChar = -1;
    long repaired;
    try (InputStream raw = input.bytes().open()) {
      counted = new CountingStream(new DigestInputStream(raw, digest));
      BufferedInputStream in = new BufferedInputStream(
          input.compressed() ? new GZIPInputStream(counted, 65536) : counted, 65536);
      byte[] head = new byte[16];
      in.mark(head.length);
      int n = in.readNBytes(head, 0, head.length);
      in.reset();
      for (Magic m : MAGIC) {
        if (m.matches(head, n)) {
          notText = "looks like " + m.what() + ", not text";
          break;
        }
      }
      RepairingUtf8Reader reader = new RepairingUtf8Reader(in);
      char[] buf = new char[16384];
      long seen = 0;
      long control = 0;
      long nulAt = -1;
      int r;
      while ((r = reader.read(buf, 0, buf.length)) > 0) {
        for (int i = 0; i < r && seen < SNIFF_CHARS; i++, seen++) {
          char c = buf[i];
          if (c == 0 && nulAt < 0) {
            nulAt = seen;
          }
          if (isControl(c)) {
            control++;
          }
          if (firstChar < 0 && !Character.isWhitespace(c) && c != '\uFEFF') {
            firstChar = c;
          }
        }
      }
      repaired = reader.repairedBytes();
      // Drain what the decompressor left, so that the digest covers the whole file.
      counted.skipToEnd();
      if (notText == null && nulAt >= 0) {
        notText = "looks binary (NUL byte at character " + nulAt + "; a UTF-16 file also has them)";
      } else if (notText == null && seen > 0 && control * 100 > seen * MAX_CONTROL_PERCENT) {
        notText = "looks binary (" + control + " of the first " + seen + " characters are control characters)";
      }
    }
    return new Scan(counted.count, HexFormat.of().formatHex(digest.digest()), notText, firstChar, repaired);
  }

  /** Control and unprintable characters, but not the white space of text. */
  private static boolean isControl(char c) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFFFD';
  }

  /** Counts the bytes read through it. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    void skipToEnd() throws IOException {
      byte[] buf = new byte[65536];
      while (read(buf, 0, buf.length) >= 0) {
        // counting and digesting only
      }
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean skipped(Path file) {
    return skippedInWalk(TextDecoding.fileName(file));
  }

  /**
   * True for a file name that a walk of a folder passes over without a word (hidden files,
   * {@code SOURCE.md}, {@code README*}); for listings of other file systems.
   */
  public static boolean skippedInWalk(String name) {
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
    final Set<String> paths = new LinkedHashSet<>();
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

    @Override
    public void recordPath(String path) {
      paths.add(path);
      delegate.recordPath(path);
    }
  }
}
