package org.dateline.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.dateline.corpus.CorpusReader;
import org.dateline.corpus.LoadOptions;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Lists a run's inputs on the driver, in reading order. The local paths are listed together by
 * {@link CorpusReader#list(List, Consumer)}, so files are named, ordered, skipped, read once and
 * given record ids exactly as in a run on one machine; an input with a scheme ({@code hdfs://}, {@code s3a://}, {@code file:}) is listed
 * through Hadoop's file system by the same rules (sorted by name, hidden files, {@code
 * README*} and {@code SOURCE.md} passed over, other formats listed as {@code unknown_format}).
 */
final class InputListing {

  /** A URI scheme of two letters or more, so that a Windows drive letter is not taken for one. */
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

  private InputListing() {}

  /** True when {@code input} names a Hadoop file system location rather than a local path. */
  static boolean isUri(String input) {
    return SCHEME.matcher(input).matches();
  }

  /**
   * The entries of {@code inputs}, numbered in reading order. The local inputs are listed
   * together, as in a run on one machine, so a file reached twice is read once and files that
   * share a name get the same record ids; {@code notices} hears what that listing passed over.
   *
   * @throws NoSuchFileException when an input does not exist
   */
  static List<InputUnit> list(List<String> inputs, LoadOptions load, Configuration hadoop,
      Consumer<String> notices) throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(notices, "notices");
    // Every local input must exist before anything is listed, as in a run on one machine.
    for (String input : inputs) {
      if (!isUri(input) && !Files.exists(Path.of(input))) {
        throw new NoSuchFileException(input, null, "input file or folder not found");
      }
    }
    CorpusReader reader = new CorpusReader(load);
    List<Path> local = inputs.stream().filter(i -> !isUri(i)).map(Path::of).toList();
    List<CorpusReader.Listed> listed = local.isEmpty() ? List.of() : reader.list(local, notices);
    List<InputUnit> out = new ArrayList<>();
    if (local.size() == inputs.size()) {
      listed.forEach(l -> out.add(localUnit(out.size(), l)));
      return out;
    }
    // The joint listing keeps the local inputs' order; the Hadoop inputs go in between.
    int next = 0;
    for (String input : inputs) {
      if (isUri(input)) {
        listHadoop(input, hadoop, out);
        continue;
      }
      Set<Path> own = new HashSet<>();
      reader.list(List.of(Path.of(input))).forEach(l -> own.add(l.path()));
      while (next < listed.size() && own.contains(listed.get(next).path())) {
        out.add(localUnit(out.size(), listed.get(next++)));
      }
    }
    return out;
  }

  private static InputUnit localUnit(int index, CorpusReader.Listed l) {
    return new InputUnit(index, InputUnit.Store.LOCAL, l.path().toAbsolutePath().toString(), l.displayName(),
        l.problem(), l.idName());
  }

  private static void listHadoop(String input, Configuration conf, List<InputUnit> out) throws IOException {
    org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(input);
    FileSystem fs = root.getFileSystem(conf);
    FileStatus status;
    try {
      status = fs.getFileStatus(root);
    } catch (FileNotFoundException e) {
      throw new NoSuchFileException(input, null, "input file or folder not found");
    }
    if (!status.isDirectory()) {
      out.add(new InputUnit(out.size(), InputUnit.Store.HADOOP, status.getPath().toString(), input, null, null));
      return;
    }
    String prefix = input.endsWith("/") ? input : input + "/";
    String rootPath = status.getPath().toUri().getPath();
    record Found(String location, String displayName, Problem problem) {}
    List<Found> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> files = fs.listFiles(status.getPath(), true);
    while (files.hasNext()) {
      LocatedFileStatus f = files.next();
      String relative = f.getPath().toUri().getPath().substring(rootPath.length()).replaceFirst("^/", "");
      if (hiddenOrSkipped(relative)) {
        continue;
      }
      String display = prefix + relative;
      Optional<String> why = CorpusReader.whyNotACorpus(f.getPath().getName());
      found.add(new Found(f.getPath().toString(), display, why
          .map(w -> new Problem(Origin.line(display, 0), ProblemKind.UNKNOWN_FORMAT, w)).orElse(null)));
    }
    found.sort(Comparator.comparing(Found::displayName));
    for (Found f : found) {
      out.add(new InputUnit(out.size(), InputUnit.Store.HADOOP, f.location(), f.displayName(), f.problem(), null));
    }
  }

  /** A hidden folder on the way, or a file a walk passes over. */
  private static boolean hiddenOrSkipped(String relative) {
    String[] parts = relative.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].startsWith(".")) {
        return true;
      }
    }
    return CorpusReader.skippedInWalk(parts[parts.length - 1]);
  }
}
