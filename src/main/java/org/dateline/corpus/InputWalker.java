package org.dateline.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.dateline.corpus.CorpusReader.Listed;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Turns the inputs of a run into the files to read, each with the name it gets in origins.
 *
 * <p>Folders are walked recursively in a deterministic order (by display name), without
 * following symbolic links to folders, so link cycles cannot trap the walk. Hidden files and
 * folders, {@code SOURCE.md} and {@code README*} are passed over silently ({@link
 * #skippedInWalk}), and so are the run's output folder and cache ({@link LoadOptions#excluded}),
 * so that a run over {@code .} never reads its own tables. Files that are not corpora ({@link
 * LoaderChoice#notACorpus}), links to folders and files that are not regular are listed with
 * their problem in place of being read. A folder holding dateline's {@code manifest.json} found
 * in a walk is an earlier output and is passed over with a notice; a file reached twice (by
 * real path) is listed once, with a notice; files that share a name get ids made of their path
 * below the input named.
 *
 * <p>Immutable and thread-safe.
 */
final class InputWalker {

  private final LoadOptions options;

  InputWalker(LoadOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The inputs in order, folders replaced by the files found in them.
   *
   * @throws NoSuchFileException when an input does not exist (checked before any is walked)
   * @throws IOException when a folder cannot be walked at all
   */
  List<Listed> list(List<Path> inputs, Consumer<String> notices) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    for (Path input : inputs) {
      Objects.requireNonNull(input, "input");
      if (input.toString().isEmpty()) {
        // Path.of("") is the current folder: an empty argument would read it silently.
        throw new NoSuchFileException("", null, "empty input path");
      }
      if (!Files.exists(input)) {
        throw new NoSuchFileException(input.toString(), null, "input file or folder not found");
      }
    }
    List<Found> found = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        found.addAll(walk(input, notices));
      } else {
        found.add(new Found(new Listed(input, slashes(input.toString()), null), TextDecoding.fileName(input)));
      }
    }
    return withUniqueIds(readOnce(found, notices));
  }

  /** A listed file with its path below the input named, for ids when file names collide. */
  private record Found(Listed listed, String below) {}

  /**
   * Drops files reached a second time ({@code in/a.json in/a.json}, {@code in ./in/}, a file
   * named and also inside a folder named), compared by real path, with one notice.
   */
  private static List<Found> readOnce(List<Found> found, Consumer<String> notices) {
    Set<Path> seen = new HashSet<>();
    List<Found> out = new ArrayList<>(found.size());
    List<String> again = new ArrayList<>();
    for (Found f : found) {
      if (seen.add(real(f.listed().path()))) {
        out.add(f);
      } else {
        again.add(f.listed().displayName());
      }
    }
    if (!again.isEmpty()) {
      notices.accept(again.size() + " file(s) reached through more than one input, read once: "
          + String.join(", ", again.subList(0, Math.min(5, again.size())))
          + (again.size() > 5 ? " and " + (again.size() - 5) + " more" : ""));
    }
    return out;
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException | SecurityException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  /**
   * Gives files that share a name with another file of the run ids made of their path below the
   * input named ({@code a/2024-01-01.txt:1}), or of their whole name when that is not unique
   * either; other files keep ids made of their file name, so runs without such names keep their
   * ids.
   */
  private static List<Listed> withUniqueIds(List<Found> found) {
    Map<String, Integer> names = new HashMap<>();
    for (Found f : found) {
      if (f.listed().problem() == null) {
        names.merge(f.listed().idName(), 1, Integer::sum);
      }
    }
    Map<String, Integer> belows = new HashMap<>();
    for (Found f : found) {
      if (f.listed().problem() == null && names.get(f.listed().idName()) > 1) {
        belows.merge(f.below(), 1, Integer::sum);
      }
    }
    List<Listed> out = new ArrayList<>(found.size());
    for (Found f : found) {
      Listed l = f.listed();
      if (l.problem() == null && names.get(l.idName()) > 1) {
        String id = belows.get(f.below()) == 1 ? f.below() : l.displayName();
        l = new Listed(l.path(), l.displayName(), l.problem(), id);
      }
      out.add(l);
    }
    return out;
  }

  /**
   * True for a file name that a walk of a folder passes over without a word (hidden files,
   * {@code SOURCE.md}, {@code README*}).
   */
  static boolean skippedInWalk(String name) {
    return name.startsWith(".")
        || name.equals("SOURCE.md")
        || name.toUpperCase(Locale.ROOT).startsWith("README");
  }

  /** The files found in a walk, or what is wrong with them; sorted by name, so problems come in a fixed order too. */
  private List<Found> walk(Path root, Consumer<String> notices) throws IOException {
    String given = slashes(root.toString());
    // A folder given as a link is walked at its target; links found inside are not followed.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    List<Found> found = new ArrayList<>();
    if (options.isExcluded(start)) {
      found.add(new Found(new Listed(root, given, problem(given, ProblemKind.UNREADABLE_FILE,
          "the output folder or cache of this run; not read (give the corpus folder as input)")), given));
      return found;
    }
    String prefix = given.equals(".") ? "" : given.endsWith("/") ? given : given + "/";
    Files.walkFileTree(start, new Visitor(start, prefix, found, notices));
    found.sort(Comparator.comparing(f -> f.listed().displayName()));
    return found;
  }

  /**
   * True when {@code dir} holds a {@code manifest.json} that dateline wrote: an earlier run's
   * output, whose tables are not a corpus.
   */
  static boolean isOutputFolder(Path dir) {
    Path manifest = dir.resolve("manifest.json");
    if (!Files.isRegularFile(manifest)) {
      return false;
    }
    try (JsonParser p = MANIFEST_JSON.createParser(Files.newInputStream(manifest))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("program")) {
          return value == JsonToken.VALUE_STRING && p.getText().equals("dateline");
        }
        p.skipChildren();
      }
      return false;
    } catch (IOException e) {
      // Not JSON, or unreadable: a corpus file that happens to have that name.
      return false;
    }
  }

  private static final JsonFactory MANIFEST_JSON = JsonFactory.builder().build();

  /** Collects what a walk from {@code start} finds, named under {@code prefix}. */
  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path start;
    private final String prefix;
    private final List<Found> found;
    private final Consumer<String> notices;

    Visitor(Path start, String prefix, List<Found> found, Consumer<String> notices) {
      this.start = start;
      this.prefix = prefix;
      this.found = found;
      this.notices = notices;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(start)) {
        return FileVisitResult.CONTINUE;
      }
      if (hidden(dir) || options.isExcluded(dir)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      if (isOutputFolder(dir)) {
        notices.accept("skipped " + display(dir) + "/: an earlier dateline output folder (it holds"
            + " dateline's manifest.json), not a corpus; name it as an input to read it anyway");
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (skippedInWalk(TextDecoding.fileName(file)) || options.isExcluded(file)) {
        return FileVisitResult.CONTINUE;
      }
      String display = display(file);
      if (Files.isRegularFile(file)) {
        String why = LoaderChoice.notACorpus(TextDecoding.fileName(file));
        add(file, display, why == null ? null : problem(display, ProblemKind.UNKNOWN_FORMAT, why));
      } else if (Files.isDirectory(file)) {
        // Links are not followed, so a link to a folder arrives here as a file; following
        // it could loop (dir/link -> ..) or read a corpus twice.
        add(file, display, problem(display, ProblemKind.UNREADABLE_FILE,
            "symbolic link to a folder, not followed; skipped (give the folder itself as an input to read it)"));
      } else {
        add(file, display, problem(display, ProblemKind.UNREADABLE_FILE,
            Files.isSymbolicLink(file) ? "broken symbolic link; skipped"
                : "not a regular file (a pipe, socket or device); skipped"));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String display = display(file);
      add(file, display, problem(display, ProblemKind.UNREADABLE_FILE, "cannot be read (" + e + "); skipped"));
      return FileVisitResult.CONTINUE;
    }

    private void add(Path file, String display, Problem problem) {
      found.add(new Found(new Listed(file, display, problem), slashes(start.relativize(file).toString())));
    }

    private String display(Path file) {
      return prefix + slashes(start.relativize(file).toString());
    }
  }

  private static Problem problem(String display, ProblemKind kind, String message) {
    return new Problem(Origin.line(display, 0), kind, message);
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static String slashes(String path) {
    return path.replace('\\', '/');
  }
}
