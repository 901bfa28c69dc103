package org.dateline.corpus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
 * @param archive what a web archive held, by record type; null for other files
 */
public record InputFile(
    String path, long bytes, String sha256, String format, int records, int problems, List<String> recordPaths,
    String dateFieldDetected, Archive archive) implements java.io.Serializable {

  /**
   * The records of a web archive, read as pages or passed over.
   *
   * @param recordTypes records by {@code WARC-Type} ({@code request}, {@code response},
   *     {@code warcinfo}, ...), sorted by type
   * @param passedOver responses and resources not read as pages, by payload media type
   *     ({@code image/png}), sorted
   * @param firstCrawl the earliest {@code WARC-Date}, or null
   * @param lastCrawl the latest {@code WARC-Date}, or null
   */
  public record Archive(Map<String, Long> recordTypes, Map<String, Long> passedOver, Instant firstCrawl,
      Instant lastCrawl) implements java.io.Serializable {
    public Archive {
      recordTypes = java.util.Collections.unmodifiableMap(new TreeMap<>(recordTypes));
      passedOver = java.util.Collections.unmodifiableMap(new TreeMap<>(passedOver));
    }
  }

  /** A file that is not a web archive. */
  public InputFile(String path, long bytes, String sha256, String format, int records, int problems,
      List<String> recordPaths, String dateFieldDetected) {
    this(path, bytes, sha256, format, records, problems, recordPaths, dateFieldDetected, null);
  }

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
