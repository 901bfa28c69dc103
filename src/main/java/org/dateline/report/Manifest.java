package org.dateline.report;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a run did, for {@code manifest.json}: versions, settings, input files, counts and
 * timings. Immutable; lists keep the order they are given in, and that order is the order in
 * the file.
 *
 * @param program the program name ({@code dateline})
 * @param version the program version
 * @param corenlpVersion the CoreNLP version used for annotation
 * @param settings the effective settings, in a fixed order chosen by the caller
 * @param inputs the input files, in the order they were read
 * @param counts named counts, such as {@code read_articles}, {@code problem_empty_text},
 *     {@code duplicates_exact}, {@code undated}, {@code language_en}
 * @param timings named stage durations
 * @param started when the run started
 * @param finished when the run finished
 * @param dictionaries the dictionaries counted ({@code --dictionary}), in the order given
 */
public record Manifest(
    String program,
    String version,
    String corenlpVersion,
    List<Setting> settings,
    List<InputRecord> inputs,
    List<Count> counts,
    List<Timing> timings,
    Instant started,
    Instant finished,
    List<DictionaryRecord> dictionaries) {

  /** A manifest without dictionaries. */
  public Manifest(String program, String version, String corenlpVersion, List<Setting> settings,
      List<InputRecord> inputs, List<Count> counts, List<Timing> timings, Instant started, Instant finished) {
    this(program, version, corenlpVersion, settings, inputs, counts, timings, started, finished, List.of());
  }

  /**
   * One dictionary counted.
   *
   * @param name its name in the tables (the file name without extension)
   * @param sha256 the SHA-256 of the file's bytes, lower-case hex
   * @param format yaml, liwc, csv or tsv
   * @param categories its number of categories
   * @param entries its number of distinct (category, entry) pairs
   */
  public record DictionaryRecord(String name, String sha256, String format, int categories, int entries) {
    public DictionaryRecord {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(format, "format");
    }
  }

  /** This manifest with {@code value} as its dictionaries and {@code extra} settings added at the end. */
  public Manifest withDictionaries(List<DictionaryRecord> value, List<Setting> extra) {
    List<Setting> all = new java.util.ArrayList<>(settings);
    all.addAll(extra);
    return new Manifest(program, version, corenlpVersion, all, inputs, counts, timings, started, finished, value);
  }

  /** One setting; the value as text ({@code "day"}, {@code "true"}, {@code "4"}). */
  public record Setting(String name, String value) {
    public Setting {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * One input file.
   *
   * @param path the path as given or found
   * @param bytes the file size
   * @param sha256 the SHA-256 of the file's bytes, lower-case hex
   * @param format the loader that read it ({@code json}, {@code csv}, ...)
   * @param records records read from it
   * @param problems problems found in it
   * @param dateFieldDetected the field read as its records' date because its values are dates
   *     ({@code date_field_detected}), or null
   * @param archive what a web archive held ({@code warc_records}, {@code warc_passed_over},
   *     {@code crawl_first}, {@code crawl_last}), or null
   */
  public record InputRecord(
      String path, long bytes, String sha256, String format, int records, int problems, List<String> recordPaths,
      String dateFieldDetected, org.dateline.corpus.InputFile.Archive archive) {

    /** An input that is not a web archive. */
    public InputRecord(String path, long bytes, String sha256, String format, int records, int problems,
        List<String> recordPaths, String dateFieldDetected) {
      this(path, bytes, sha256, format, records, problems, recordPaths, dateFieldDetected, null);
    }

    public InputRecord {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(format, "format");
      recordPaths = List.copyOf(Objects.requireNonNull(recordPaths, "recordPaths"));
    }

    /** An input whose records name their date in a field looked for, or carry none. */
    public InputRecord(String path, long bytes, String sha256, String format, int records, int problems,
        List<String> recordPaths) {
      this(path, bytes, sha256, format, records, problems, recordPaths, null);
    }

    /** An input without structure to report, such as page text or CSV. */
    public InputRecord(String path, long bytes, String sha256, String format, int records, int problems) {
      this(path, bytes, sha256, format, records, problems, List.of());
    }
  }

  /** One named count. */
  public record Count(String name, long value) {
    public Count {
      Objects.requireNonNull(name, "name");
    }
  }

  /** One named duration in milliseconds. */
  public record Timing(String name, long millis) {
    public Timing {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * @throws IllegalArgumentException when a name occurs twice among the settings, the counts or
   *     the timings (each group becomes a JSON object, whose keys must be unique)
   */
  public Manifest {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(corenlpVersion, "corenlpVersion");
    settings = List.copyOf(Objects.requireNonNull(settings, "settings"));
    inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
    counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
    timings = List.copyOf(Objects.requireNonNull(timings, "timings"));
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    dictionaries = List.copyOf(Objects.requireNonNull(dictionaries, "dictionaries"));
    requireUnique("settings", settings.stream().map(Setting::name).toList());
    requireUnique("counts", counts.stream().map(Count::name).toList());
    requireUnique("timings", timings.stream().map(Timing::name).toList());
  }

  private static void requireUnique(String group, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(
            group + " holds the name '" + n + "' twice; give each entry its own name");
      }
    }
  }
}
