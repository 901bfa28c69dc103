package org.dateline.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one input file of a particular shape and hands its records to a {@link RecordSink},
 * in file order. A bad record never aborts the file: it is reported with {@link
 * RecordSink#problem} and reading goes on where that is possible (a truncated JSON document
 * keeps the records before the break). Loaders stream, so a large file's records are never
 * held in memory twice.
 *
 * <p>Implementations are immutable and thread-safe; one instance may load many files at once.
 */
public interface Loader {

  /**
   * Loads {@code file}.
   *
   * @param file the file to read
   * @param displayName the name used in origins and problems, such as {@code
   *     input/naenara-page.txt}
   * @param options field names and fallback date and source
   * @param sink receives the articles and problems
   * @throws IOException only when the file as a whole cannot be read
   */
  void load(Path file, String displayName, LoadOptions options, RecordSink sink)
      throws IOException;

  /** The short format label reported for files this loader reads: page, plain, json, jsonl or csv. */
  String format();
}
