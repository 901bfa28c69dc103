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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
 * their problem in place of being read.
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
  List<Listed> list(List<Path> inputs) throws IOException {
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
   * True for a file name that a walk of a folder passes over without a word (hidden files,
   * {@code SOURCE.md}, {@code README*}).
   */
  static boolean skippedInWalk(String name) {
    return name.startsWith(".")
        || name.equals("SOURCE.md")
        || name.toUpperCase(Locale.ROOT).startsWith("README");
  }

  /** The files found in a walk, or what is wrong with them; sorted by name, so problems come in a fixed order too. */
  private List<Listed> walk(Path root) throws IOException {
    String given = slashes(root.toString());
    // A folder given as a link is walked at its target; links found inside are not followed.
    Path start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
    List<Listed> found = new ArrayList<>();
    if (options.isExcluded(start)) {
      found.add(new Listed(root, given, problem(given, ProblemKind.UNREADABLE_FILE,
          "the output folder or cache of this run; not read (give the corpus folder as input)")));
      return found;
    }
    String prefix = given.equals(".") ? "" : given.endsWith("/") ? given : given + "/";
    Files.walkFileTree(start, new Visitor(start, prefix, found));
    found.sort(Comparator.comparing(Listed::displayName));
    return found;
  }

  /** Collects what a walk from {@code start} finds, named under {@code prefix}. */
  private final class Visitor extends SimpleFileVisitor<Path> {
    private final Path start;
    private final String prefix;
    private final List<Listed> found;

    Visitor(Path start, String prefix, List<Listed> found) {
      this.start = start;
      this.prefix = prefix;
      this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(start)) {
        return FileVisitResult.CONTINUE;
      }
      return hidden(dir) || options.isExcluded(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (skippedInWalk(TextDecoding.fileName(file)) || options.isExcluded(file)) {
        return FileVisitResult.CONTINUE;
      }
      String display = display(file);
      if (Files.isRegularFile(file)) {
        String why = LoaderChoice.notACorpus(TextDecoding.fileName(file));
        found.add(new Listed(file, display, why == null ? null : problem(display, ProblemKind.UNKNOWN_FORMAT, why)));
      } else if (Files.isDirectory(file)) {
        // Links are not followed, so a link to a folder arrives here as a file; following
        // it could loop (dir/link -> ..) or read a corpus twice.
        found.add(new Listed(file, display, problem(display, ProblemKind.UNREADABLE_FILE,
            "symbolic link to a folder, not followed; skipped (give the folder itself as an input to read it)")));
      } else {
        found.add(new Listed(file, display, problem(display, ProblemKind.UNREADABLE_FILE,
            Files.isSymbolicLink(file) ? "broken symbolic link; skipped"
                : "not a regular file (a pipe, socket or device); skipped")));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      String display = display(file);
      found.add(new Listed(file, display, problem(display, ProblemKind.UNREADABLE_FILE,
          "cannot be read (" + e + "); skipped")));
      return FileVisitResult.CONTINUE;
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
