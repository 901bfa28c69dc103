package org.dateline.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One file that {@link CorpusReader} read, for the run manifest.
 *
 * @param path the file as named in origins, with {@code /} separators
 * @param bytes the file size
 * @param sha256 the lower-case hex SHA-256 of the file's bytes
 * @param format page, json, jsonl, csv or tsv; unknown for a file skipped as not a corpus
 * @param records articles accepted from the file
 * @param problems problems reported for the file
 * @param recordPaths where in a structured file the records were found, such as {@code
 *     $.data.articles[*]}; empty for line-oriented formats
 * @param dateFieldDetected the field read as the records' date because its values are dates,
 *     when the file's records have none of the date fields looked for; null otherwise
 */
public record InputFile(
    String path, long bytes, String sha256, String format, int records, int problems, List<String> recordPaths,
    String dateFieldDetected) implements java.io.Serializable {
  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(format, "format");
    recordPaths = List.copyOf(Objects.requireNonNull(recordPaths, "recordPaths"));
  }

  /** A file whose records name their date in a field looked for, or carry none. */
  public InputFile(String path, long bytes, String sha256, String format, int records, int problems,
      List<String> recordPaths) {
    this(path, bytes, sha256, format, records, problems, recordPaths, null);
  }

  /** A file without structure to report. */
  public InputFile(String path, long bytes, String sha256, String format, int records, int problems) {
    this(path, bytes, sha256, format, records, problems, List.of());
  }
}
