package org.dateline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.Problem;

/**
 * Finds the date field of a JSON, CSV or spreadsheet file whose records have none of the date fields looked
 * for ({@code pub_time}, {@code created}): a field present in most records whose values read
 * as dates in at least {@value #MIN_DATES_PERCENT}% of the records that have it. Short whole
 * numbers (ids, counts, page numbers) do not count as dates here, though {@link DateParser}
 * reads {@code 86400} as an epoch, and values written as dates ({@code 2024-03-01}, {@code
 * Mar 1, 2024}) win over epoch numbers.
 *
 * <p>A scan reads the file's first {@value #SAMPLE} records before the file is loaded and
 * stops at the first record that has a date field looked for; it depends only on the file, so
 * the choice is the same whatever the number of threads. Stateless.
 */
final class DateFieldFinder {

  /** Records read to decide; enough for a clear majority, few enough to cost little. */
  static final int SAMPLE = 1000;
  static final int MIN_DATES_PERCENT = 80;

  /** Whole numbers of up to 8 digits: ids and counts far more often than dates. */
  private static final Pattern SHORT_NUMBER = Pattern.compile("[-+]?\\d{1,8}(?:\\.\\d*)?");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d*)?");

  private DateFieldFinder() {}

  /**
   * The field to read as the date of {@code input}'s records, or null when the records have a
   * date field looked for, when another date applies to them ({@code --date}, a date in the file
   * name), or when no field qualifies.
   */
  static String find(Loader loader, TextInput input, LoadOptions options, DateParser dates) {
    if (!(loader instanceof JsonLoader || loader instanceof CsvLoader || loader instanceof SpreadsheetLoader)
        || options.date() != null || dates.fromFileName(input.fileName()).isPresent()) {
      return null;
    }
    Scan scan = new Scan(options.fields(), dates, options.dateOrder());
    try {
      loader.load(input, options, scan);
    } catch (Enough e) {
      // Read as far as needed.
    } catch (IOException | UncheckedIOException e) {
      // The load that follows reports it.
      return null;
    }
    return scan.dated ? null : scan.best();
  }

  /** Stops the scan early; carries no stack trace, since it is no error. */
  private static final class Enough extends RuntimeException {
    Enough() {
      super(null, null, false, false);
    }
  }

  /** Counts, per field, how many records have it and how many hold a date in it. */
  private static final class Scan implements RecordSink, RecordMapper.DateWatcher {
    private final FieldMapping fields;
    private final DateParser dates;
    private final DateOrder order;
    private final Map<String, Counts> byField = new LinkedHashMap<>();
    private int records;
    private boolean dated;

    Scan(FieldMapping fields, DateParser dates, DateOrder order) {
      this.fields = fields;
      this.dates = dates;
      this.order = order;
    }

    @Override
    public void accept(Article article) {
      if (records >= SAMPLE) {
        throw new Enough();
      }
    }

    @Override
    public void problem(Problem problem) {}

    @Override
    public void mapped(FieldValues record, boolean dateGiven, boolean isDated) {
      if (dateGiven) {
        dated = true;
        throw new Enough();
      }
      records++;
      for (Map.Entry<String, String> e : record.scalars().entrySet()) {
        String v = e.getValue().strip();
        if (v.isEmpty() || playsARole(e.getKey())) {
          continue;
        }
        Counts c = byField.computeIfAbsent(e.getKey(), k -> new Counts(byField.size()));
        c.present++;
        if (SHORT_NUMBER.matcher(v).matches()) {
          continue;
        }
        // A date that reads two ways (02.01.2024) is a date all the same; which one is decided later.
        if (dates.parse(v, order).isPresent() || dates.isAmbiguous(v)) {
          c.dates++;
          if (!NUMBER.matcher(v).matches()) {
            c.written++;
          }
        }
      }
    }

    private boolean playsARole(String key) {
      for (FieldMapping.Role role : FieldMapping.Role.values()) {
        if (fields.rank(role, key) >= 0) {
          return true;
        }
      }
      return false;
    }

    /** The qualifying field with the most dates written as dates, then the most dates, then first seen. */
    String best() {
      return byField.entrySet().stream()
          .filter(e -> e.getValue().present * 2 > records
              && e.getValue().dates * 100L >= MIN_DATES_PERCENT * (long) e.getValue().present)
          .sorted(Comparator.<Map.Entry<String, Counts>>comparingInt(e -> -e.getValue().written)
              .thenComparingInt(e -> -e.getValue().dates)
              .thenComparingInt(e -> e.getValue().order))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElse(null);
    }
  }

  private static final class Counts {
    final int order;
    int present;
    int dates;
    int written;

    Counts(int order) {
      this.order = order;
    }
  }
}
