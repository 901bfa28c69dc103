package org.dateline.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.dateline.model.Article;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * The order of day and month in one file's numeric dates, for the dates that read two ways
 * ({@code 02/01/2024}) when {@code --date-order} is not given: the order that the file's first
 * date that reads one way only shows ({@code 31/01/2024} is day first, {@code 01/31/2024} month
 * first).
 *
 * <p>The file is looked at only when its loader meets the first date that reads two ways, so a
 * file without one costs nothing more. The look is a second read of the file from its start
 * that stops at the first date that shows the order, or at the end; it depends on the file
 * alone, so the records come out in file order, each read once, with memory bounded as in any
 * read, whatever the number of threads. When no date shows the order, those records are kept
 * undated, and the file gets one {@link ProblemKind#BAD_DATE} row that counts them and says to
 * pass {@code --date-order}.
 *
 * <p>One per file read; not thread-safe.
 */
final class FileDateOrder {

  /** A sink that offers its file's date order to the {@link RecordMapper}. */
  interface Holder {
    /** The file's date order, or null where the loader is used on its own. */
    FileDateOrder fileDateOrder();
  }

  private final Supplier<DateOrder> scan;
  private final DateParser dates;
  private boolean scanned;
  private DateOrder order;
  private long undecided;
  private Origin firstOrigin;
  private String firstField;
  private String firstValue;

  /** @param scan finds the order the file's dates show, or null; run at most once */
  FileDateOrder(Supplier<DateOrder> scan, DateParser dates) {
    this.scan = Objects.requireNonNull(scan, "scan");
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  /** The order for a file read by {@code loader}, found by reading it again when first asked. */
  static FileDateOrder of(Loader loader, TextInput input, LoadOptions options, DateParser dates) {
    return new FileDateOrder(() -> scan(loader, input, options, dates), dates);
  }

  /** The order the file's dates show, or null when none shows it. */
  DateOrder order() {
    if (!scanned) {
      scanned = true;
      order = scan.get();
    }
    return order;
  }

  /** Notes a record kept undated because its date reads two ways and nothing tells the order. */
  void undecided(Origin origin, String field, String value) {
    if (undecided++ == 0) {
      firstOrigin = origin;
      firstField = field;
      firstValue = value;
    }
  }

  /** The file's one row about its undecided dates, or null when it has none. */
  Problem problem() {
    return undecided == 0 ? null
        : new Problem(firstOrigin, ProblemKind.BAD_DATE, message(dates, firstField, firstValue, undecided, firstOrigin));
  }

  /**
   * What is said of {@code count} records whose dates read two ways, the first of them at
   * {@code first} (null for a single record's own row).
   */
  static String message(DateParser dates, String field, String value, long count, Origin first) {
    String v = RecordMapper.abbreviate(value);
    LocalDate dayFirst = dates.parse(value, DateOrder.DMY).orElse(null);
    LocalDate monthFirst = dates.parse(value, DateOrder.MDY).orElse(null);
    String readings = dayFirst == null || monthFirst == null ? ""
        : " (" + spelled(dayFirst) + " day first, " + spelled(monthFirst) + " month first)";
    String what = first == null
        ? "date field '" + field + "' holds '" + v + "', which reads two ways" + readings
        : count + " record(s) have a date that reads two ways, such as '" + v + "' in field '" + field + "'"
            + readings + " at " + first;
    return what + ", and no date in the file reads one way only (a day above 12) to tell which;"
        + (count == 1 && first == null ? " record" : " records") + " kept undated (pass --date-order dmy or"
        + " --date-order mdy)";
  }

  private static String spelled(LocalDate d) {
    return d.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH));
  }

  /** Reads the file again until a date shows the order; null when none does or it cannot be read. */
  private static DateOrder scan(Loader loader, TextInput input, LoadOptions options, DateParser dates) {
    Scan s = new Scan(dates);
    try {
      loader.load(input, options, s);
    } catch (Found f) {
      return s.found;
    } catch (IOException | UncheckedIOException e) {
      // The load under way reports it.
    }
    return s.found;
  }

  /** Stops the scan at the first date that shows the order; carries no stack trace, since it is no error. */
  private static final class Found extends RuntimeException {
    Found() {
      super(null, null, false, false);
    }
  }

  /** Looks at each record's date values for one that shows the order. */
  private static final class Scan implements RecordSink, RecordMapper.DateWatcher {
    private final DateParser dates;
    DateOrder found;

    Scan(DateParser dates) {
      this.dates = dates;
    }

    @Override
    public void accept(Article article) {}

    @Override
    public void problem(Problem problem) {}

    @Override
    public void mapped(FieldValues record, boolean dateGiven, boolean dated) {
      for (FieldValues.Value v : record.all(FieldMapping.Role.DATE)) {
        DateOrder implied = dates.impliedOrder(v.value());
        if (implied != null) {
          found = implied;
          throw new Found();
        }
      }
    }
  }
}
