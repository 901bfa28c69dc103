package org.dateline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.clean.near.NearDuplicateSettings;
import org.dateline.corpus.DateOrder;
import org.dateline.pipeline.Preflight;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options about reading: which records are read, how their fields and dates are found, which
 * are kept (language, duplicates, near-duplicates) and how strictly. Mixed into {@link RunOptions}
 * (so {@code run} and the Spark job take them) and on its own into {@code extract}, which reads as
 * a run does and annotates nothing: one declaration, the same spelling and checks everywhere.
 */
public final class InputOptions {

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec mixee;

  @Option(names = "--languages", paramLabel = "CODES", split = ",", defaultValue = "en",
      description = "ISO 639-1 codes of the languages to keep (default: ${DEFAULT-VALUE}); records confidently in another language are skipped and counted, uncertain ones kept as 'und'.")
  List<String> languages;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateOption.class,
      description = "Date for inputs that carry none of their own (page text; records without a date field), between 1800 and next year.")
  LocalDate date;

  @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Time zone whose calendar day an instant (a time with an offset, an epoch number) falls on (default: ${DEFAULT-VALUE}; Asia/Pyongyang suits KCNA).")
  String timezone;

  @Option(names = "--source", paramLabel = "NAME", description = "Outlet name for inputs that name none.")
  String source;

  @Option(names = "--date-field", paramLabel = "NAME", description = "JSON/CSV field holding the date (tried before the usual names).")
  String dateField;

  @Option(names = "--text-field", paramLabel = "NAME", description = "JSON/CSV field holding the text.")
  String textField;

  @Option(names = "--title-field", paramLabel = "NAME", description = "JSON/CSV field holding the title.")
  String titleField;

  @Option(names = "--author-field", paramLabel = "NAME", description = "JSON/CSV field holding the author.")
  String authorField;

  @Option(names = "--id-field", paramLabel = "NAME", description = "JSON/CSV field holding the document id.")
  String idField;

  @Option(names = "--source-field", paramLabel = "NAME", description = "JSON/CSV field holding the outlet.")
  String sourceField;

  @Option(names = "--delimiter", paramLabel = "CHAR", converter = DelimiterConverter.class,
      description = "Delimiter of every .csv and .tsv file: , ; | or tab (also \\t); by default a .csv file's is "
          + "detected from its header line and first rows, and a .tsv file's is a tab.")
  Character delimiter;

  @Option(names = "--date-order", paramLabel = "ORDER", converter = DateOrderConverter.class,
      description = "Order of day, month and year in numeric dates that read two ways (02.01.2024, 02/01/2024; "
          + "also two-digit years): dmy, mdy or ymd. By default a file's other dates tell it (31/01/2024 is dmy); "
          + "when none does, such dates are kept undated with one bad_date row per file.")
  DateOrder dateOrder;

  @Option(names = "--max-record-mb", paramLabel = "N", defaultValue = "50",
      description = "Largest text a file or record may decompress or decode to, in MB (default: ${DEFAULT-VALUE}); a larger one is one too_large row in errors.csv and the run goes on.")
  int maxRecordMb;

  @Option(names = "--strict",
      description = "Stop with exit code 1 at the first skipped or repaired record, naming its file, record and kind, and write no reports.")
  boolean strict;

  @Option(names = "--no-split-glued-names",
      description = "Leave leaders' names glued to neighbouring words ('atKim Il SungSquare') as they are; by default spaces are put around them and each repaired record is listed in errors.csv.")
  boolean noSplitGluedNames;

  @Option(names = "--names", paramLabel = "FILE",
      description = "More names to split off glued neighbours (one per line, # comments), added to the built-in list.")
  Path namesFile;

  @Option(names = "--near-duplicates", paramLabel = "MODE", defaultValue = "report",
      description = "Records whose text nearly matches another's (the same story republished with edits): report "
          + "(list each cluster in near_duplicates.csv and count every record; default), drop (also skip all "
          + "but the earliest dated of each cluster, listing them in errors.csv) or off.")
  NearDuplicateSettings.Mode nearDuplicates;

  @Option(names = "--near-duplicate-threshold", paramLabel = "J",
      defaultValue = "" + NearDuplicateSettings.DEFAULT_THRESHOLD,
      description = "Least estimated Jaccard similarity of two records' word 2-grams for them to be near-duplicates, "
          + "above 0 and at most 1 (default: ${DEFAULT-VALUE}; see docs/near-duplicates.md for the figures).")
  double nearDuplicateThreshold;

  @Option(names = "--near-duplicate-window", paramLabel = "DAYS",
      description = "Only records dated at most this many days apart are near-duplicates (default: any dates; "
          + "with a window, undated records match nothing).")
  Integer nearDuplicateWindow;

  /**
   * Refuses impossible values with one line naming the option (exit 2).
   *
   * @throws CommandLine.ParameterException naming the option and the fix
   */
  void check() {
    String[][] fields = {
      {"--date-field", dateField}, {"--text-field", textField}, {"--title-field", titleField},
      {"--author-field", authorField}, {"--id-field", idField}, {"--source-field", sourceField}};
    for (String[] field : fields) {
      if (field[1] != null && field[1].isBlank()) {
        throw usage(field[0] + " must name a field, was empty");
      }
    }
    nearDuplicateSettings();
  }

  /** The near-duplicate check asked for. */
  public NearDuplicateSettings nearDuplicateSettings() {
    if (!(nearDuplicateThreshold > 0 && nearDuplicateThreshold <= 1)) {
      throw usage("--near-duplicate-threshold must be above 0 and at most 1, was " + nearDuplicateThreshold);
    }
    if (nearDuplicateWindow != null && nearDuplicateWindow < 0) {
      throw usage("--near-duplicate-window must be 0 days or more, was " + nearDuplicateWindow);
    }
    return new NearDuplicateSettings(nearDuplicates, nearDuplicateThreshold, nearDuplicateWindow);
  }

  /** What is wrong with a list file named by an input option (missing, a folder), or null. */
  String listFileProblem() {
    return Preflight.missingListFile("--names", namesFile);
  }

  /** Reads {@code --delimiter}: the four delimiters delimited files use, a tab also spelled out. */
  static final class DelimiterConverter implements CommandLine.ITypeConverter<Character> {
    @Override
    public Character convert(String value) {
      return switch (value) {
        case ",", ";", "|", "\t" -> value.charAt(0);
        case "tab", "TAB", "\\t" -> '\t';
        default -> throw new CommandLine.TypeConversionException("'" + value
            + "' is not a delimiter read; give , or ; or | or tab");
      };
    }
  }

  /** Reads {@code --date-order}: dmy, mdy or ymd. */
  static final class DateOrderConverter implements CommandLine.ITypeConverter<DateOrder> {
    @Override
    public DateOrder convert(String value) {
      try {
        return DateOrder.of(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** Bad usage, as picocli reports it: one line naming the option (exit 2). */
  CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(mixee.commandLine(), message);
  }
}
