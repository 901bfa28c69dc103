package org.dateline.corpus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one input of a particular shape and hands its records to a {@link RecordSink}, in
 * input order. A bad record never aborts the input: it is reported with {@link
 * RecordSink#problem} and reading goes on where that is possible (a truncated JSON document
 * keeps the records before the break). Loaders stream, so a large file's records are never
 * held in memory twice.
 *
 * <p>Implementations are immutable and thread-safe; one instance may load many inputs at once.
 */
public interface Loader {

  /**
   * Loads {@code input}, which may be a file, bytes in memory or a stream (see {@link
   * TextInput}).
   *
   * @param input the bytes, their name and encoding
   * @param options field names and fallback date and source
   * @param sink receives the articles and problems
   * @throws IOException only when the input as a whole cannot be read
   */
  void load(TextInput input, LoadOptions options, RecordSink sink) throws IOException;

  /**
   * Loads a file that has not been scanned: bytes that are not UTF-8 are repaired one by one.
   *
   * @param displayName the name used in origins and problems, such as {@code
   *     input/naenara-page.txt}
   */
  default void load(Path file, String displayName, LoadOptions options, RecordSink sink)
      throws IOException {
    load(TextInput.of(file, displayName), options, sink);
  }

  /** The short format label reported for inputs this loader reads: page, json, jsonl, csv or tsv. */
  String format();
}
