package org.dateline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
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
 * ProblemKind#UNKNOWN_FORMAT} and skipped. {@code .xlsx}, {@code .xls} and {@code .ods} files are
 * spreadsheets, whose rows are records ({@link SpreadsheetLoader}). A file named as an input is
 * read whatever its extension ({@code [} or <code>{</code> first: JSON, else page text); {@code .html}, {@code
 * .htm} and {@code .xhtml} are HTML pages, read for their article text.
 *
 * <p>A scan reads each file once before loading it, for its size and SHA-256, whether it is
 * valid UTF-8, and whether it is text at all: a NUL byte, a known magic number (images, PDF,
 * archives, executables) or more than {@value ContentSniffer#MAX_CONTROL_PERCENT}% control
 * characters among the first characters mark it as not text ({@link ProblemKind#UNKNOWN_FORMAT}).
 * Bytes that are not valid UTF-8 are read as windows-1252 one by one and counted ({@link
 * ProblemKind#REPAIRED_ENCODING}); the loader is told what the scan found, so it decodes the file
 * without checking it again. Files that cannot be read, pipes and other non-regular files, and
 * links to folders found in a walk are {@link ProblemKind#UNREADABLE_FILE}. The run goes on.
 *
 * <p>A folder inside an input folder that holds dateline's {@code manifest.json} is an earlier
 * run's output and is passed over, and a file reached through two inputs is read once; both are
 * told to {@link RecordSink#notice}, not listed as problems. Files of a run that share a name get
 * record ids made of their path below the input named ({@link Listed#idName}), so ids are unique.
 *
 * <p>A numeric date that reads two ways ({@code 02.01.2024}) is read in {@link
 * LoadOptions#dateOrder}, else in the order the file's other dates show ({@code FileDateOrder}),
 * else kept undated with one {@link ProblemKind#BAD_DATE} row for the file.
 *
 * <p>A JSON or CSV file whose records have none of the date fields looked for, and get no date
 * from {@code --date} or the file name, is first scanned for a field whose values are dates
 * ({@code DateFieldFinder}); the field found is read as the date field and named in the
 * file's {@link InputFile#dateFieldDetected}. Records that still name no date are counted, and
 * the file gets one {@link ProblemKind#UNDATED} problem naming their keys.
 *
 * <p>The walk, the scan and the choice of loader each have their own class ({@code
 * InputWalker}, {@code ContentSniffer}, {@code LoaderChoice}); this one puts them in order and
 * turns what they find into problems and manifest entries.
 *
 * <p>Immutable and thread-safe; {@link #read} may run on several threads with separate sinks.
 */
public final class CorpusReader {

  private final LoadOptions options;
  private final InputWalker walker;
  private final LoaderChoice loaders;
  private final DateParser dates;

  /** A reader whose dates put instants on the days of {@link LoadOptions#zone()}. */
  public CorpusReader(LoadOptions options) {
    this(options, new DateParser(Clock.systemUTC(), Objects.requireNonNull(options, "options").zone()));
  }

  /** A reader with its own date parser, whose time zone then applies instead of the options'. */
  public CorpusReader(LoadOptions options, DateParser dates) {
    this.options = Objects.requireNonNull(options, "options");
    this.walker = new InputWalker(options);
    this.loaders = new LoaderChoice(Objects.requireNonNull(dates, "dates"));
    this.dates = dates;
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
    for (Listed entry : walker.list(inputs, sink::notice)) {
      if (entry.problem() != null) {
        sink.problem(entry.problem());
      } else {
        readFile(entry.path(), entry.displayName(), entry.idName(), sink).ifPresent(out::add);
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
   * @param idName what its record ids are made of: its file name, or its path below the input
   *     folder named when another file of the run has the same name (see {@link
   *     TextInput#idName})
   */
  public record Listed(Path path, String displayName, Problem problem, String idName) {
    public Listed {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(displayName, "displayName");
      Objects.requireNonNull(idName, "idName");
    }

    /** An entry whose record ids are made of its file name. */
    public Listed(Path path, String displayName, Problem problem) {
      this(path, displayName, problem, TextDecoding.fileName(path));
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
    return walker.list(inputs, notice -> {});
  }

  /**
   * As {@link #list(List)}, and tells {@code notices} what the walk passed over that a user may
   * not expect: an earlier output folder of dateline inside an input folder, a file reached
   * through two inputs. One line each, without the program's name.
   */
  public List<Listed> list(List<Path> inputs, Consumer<String> notices) throws IOException {
    return walker.list(inputs, Objects.requireNonNull(notices, "notices"));
  }

  /**
   * Reads one entry that {@link #list} found, under its display name and with its record ids,
   * as {@link #read(List, RecordSink)} does; an entry with a problem passes the problem on.
   */
  public Optional<InputFile> read(Listed entry, RecordSink sink) {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(sink, "sink");
    if (entry.problem() != null) {
      sink.problem(entry.problem());
      return Optional.empty();
    }
    return readFile(entry.path(), entry.displayName(), entry.idName(), sink);
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
    return readFile(file, displayName, TextDecoding.fileName(file), sink);
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
    return readInput(input, sink);
  }

  /**
   * Why a file found in a folder is not read as a corpus (its extension, a project file such as
   * {@code LICENSE}), or empty when it is one; for listings of other file systems.
   */
  public static Optional<String> whyNotACorpus(String fileName) {
    return Optional.ofNullable(LoaderChoice.notACorpus(Objects.requireNonNull(fileName, "fileName")));
  }

  /**
   * True for a file name that a walk of a folder passes over without a word (hidden files,
   * {@code SOURCE.md}, {@code README*}); for listings of other file systems.
   */
  public static boolean skippedInWalk(String name) {
    return InputWalker.skippedInWalk(name);
  }

  private Optional<InputFile> readFile(Path file, String displayName, String idName, RecordSink sink) {
    if (!Files.isRegularFile(file)) {
      // Reading a pipe would block the run until something writes to it.
      sink.problem(new Problem(Origin.line(displayName, 0), ProblemKind.UNREADABLE_FILE,
          "not a regular file (a pipe, socket or device); skipped"));
      return Optional.empty();
    }
    TextInput input = new TextInput(displayName, TextDecoding.fileName(file), () -> Files.newInputStream(file),
        TextInput.Encoding.UTF_8_REPAIRING, idName);
    return readInput(input, sink);
  }

  /** Scans the input, then loads it when it is text. */
  private Optional<InputFile> readInput(TextInput input, RecordSink sink) {
    Origin whole = Origin.line(input.displayName(), 0);
    ContentSniffer.Sniff sniff;
    long wholeLimit = LoaderChoice.readWhole(input.innerName()) ? options.maxRecordChars() : Long.MAX_VALUE;
    try {
      sniff = ContentSniffer.sniff(input, wholeLimit);
    } catch (ZipException e) {
      sink.problem(new Problem(whole, ProblemKind.UNREADABLE_FILE,
          "named .gz but not a valid gzip file (" + e.getMessage() + "); skipped"));
      return Optional.empty();
    } catch (IOException e) {
      sink.problem(new Problem(whole, ProblemKind.UNREADABLE_FILE, "cannot be read (" + e + "); skipped"));
      return Optional.empty();
    }
    if (sniff.notText() != null && !LoaderChoice.readsBinary(input.innerName())) {
      sink.problem(new Problem(whole, ProblemKind.UNKNOWN_FORMAT,
          sniff.notText() + "; skipped (text files must be UTF-8 or windows-1252)"));
      return Optional.of(new InputFile(input.displayName(), sniff.bytes(), sniff.sha256(), "unknown", 0, 1));
    }
    if (sniff.textChars() > wholeLimit) {
      // A page is read whole: stop before holding it, as a decompression bomb would exhaust the heap.
      sink.problem(RecordLimit.problem(whole, new TooLargeException("the file", sniff.textChars(), wholeLimit),
          "file skipped"));
      return Optional.of(new InputFile(input.displayName(), sniff.bytes(), sniff.sha256(),
          loaders.choose(input.innerName(), sniff.firstChar()).format(), 0, 1));
    }
    return Optional.of(load(input, sniff, sink));
  }

  /** Loads a text input with the loader its name and first character call for. */
  private InputFile load(TextInput input, ContentSniffer.Sniff sniff, RecordSink sink) {
    Origin whole = Origin.line(input.displayName(), 0);
    Loader loader = loaders.choose(input.innerName(), sniff.firstChar());
    CountingSink counting = new CountingSink(sink);
    try {
      if (sniff.repairedBytes() > 0 && !LoaderChoice.decodesItself(input.innerName())) {
        counting.problem(new Problem(whole, ProblemKind.REPAIRED_ENCODING,
            sniff.repairedBytes() + " byte(s) are not valid UTF-8 and were read as windows-1252,"
                + " one by one; the rest is UTF-8 (save the file as UTF-8 to silence this)"));
      }
      TextInput decoded = input.withEncoding(sniff.repairedBytes() == 0 ? TextInput.Encoding.UTF_8
          : TextInput.Encoding.UTF_8_REPAIRING).withMaxChars(options.maxRecordChars());
      LoadOptions fileOptions = options;
      String detected = DateFieldFinder.find(loader, decoded, options, dates);
      if (detected != null) {
        fileOptions = options.withFields(options.fields().withDate(detected));
        counting.dateFieldDetected(detected);
      }
      counting.fileDateOrder(FileDateOrder.of(loader, decoded, fileOptions, dates));
      loader.load(decoded, fileOptions, counting);
    } catch (IOException | UncheckedIOException e) {
      TooLargeException big = e instanceof TooLargeException t ? t
          : e.getCause() instanceof TooLargeException t ? t : null;
      counting.problem(big != null
          ? RecordLimit.problem(whole, big, "the rest of the file is skipped, the records before it are kept")
          : new Problem(whole, ProblemKind.UNREADABLE_FILE, "reading stopped (" + e + ")"));
    }
    Problem undecided = counting.fileDateOrder() == null ? null : counting.fileDateOrder().problem();
    if (undecided != null) {
      counting.problem(undecided);
    }
    if (counting.undated() > 0) {
      counting.problem(new Problem(whole, ProblemKind.UNDATED, undatedMessage(counting)));
    }
    return counting.inputFile(input.displayName(), sniff.bytes(), sniff.sha256(), loader.format());
  }

  /** Keys named in the row about a file's undated records; more would hide the advice. */
  static final int NAMED_KEYS = 20;

  private String undatedMessage(CountingSink counting) {
    List<String> keys = new ArrayList<>(counting.undatedKeys());
    String named = keys.isEmpty() ? "no keys"
        : String.join(", ", keys.subList(0, Math.min(NAMED_KEYS, keys.size())))
            + (keys.size() > NAMED_KEYS ? " and " + (keys.size() - NAMED_KEYS) + " more" : "");
    return counting.undated() + " record(s) name no date: none of the date fields looked for ("
        + String.join(", ", options.fields().date()) + ") holds a value, and no other field holds dates"
        + " in most records; kept undated, so they are missing from the by-date tables. Their keys: "
        + named + ". Name the date field with --date-field NAME, or give their date with --date YYYY-MM-DD";
  }
}
