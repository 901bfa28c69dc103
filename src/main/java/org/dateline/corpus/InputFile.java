package org.dateline.corpus;

import java.util.Objects;

/**
 * One file that {@link CorpusReader} read, for the run manifest.
 *
 * @param path the file as named in origins, with {@code /} separators
 * @param bytes the file size
 * @param sha256 the lower-case hex SHA-256 of the file's bytes
 * @param format page, plain, json, jsonl or csv; unknown for a file skipped as binary
 * @param records articles accepted from the file
 * @param problems problems reported for the file
 */
public record InputFile(
    String path, long bytes, String sha256, String format, int records, int problems) {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(format, "format");
  }
}
