package org.dateline.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Turns the field values of one JSON or CSV record into an {@link Article}, applying the
 * fallbacks shared by those loaders. Immutable and thread-safe.
 */
final class RecordMapper {

  /** KCNA headlines carry the Juche calendar date as a trailer: {@code \n\n[Juche113.1.2.]}. */
  private static final Pattern DATE_TRAILER =
      Pattern.compile("\\s*\\[(?:Juche)?\\s*\\d{1,4}(?:\\.\\d{1,2})*\\.?\\]\\s*$");
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n?");

  private final DateParser dates;

  RecordMapper(DateParser dates) {
    this.dates = dates;
  }

  /**
   * Maps one record and passes it, or the problems found, to {@code sink}.
   *
   * @param outers fields of the objects holding the record, nearest first; they give a date
   *     or an outlet to records that name none
   * @return true when an article was accepted
   */
  boolean map(
      FieldValues record,
      List<FieldValues> outers,
      Origin origin,
      String fallbackId,
      String fileName,
      LoadOptions options,
      RecordSink sink) {
    String text = record.best(FieldMapping.Role.TEXT);
    if (text == null) {
      List<FieldValues.Value> present = record.all(FieldMapping.Role.TEXT);
      String why =
          present.isEmpty()
              ? "no text field: the record has " + record.describeKeys() + "; looked for "
                  + String.join(", ", options.fields().text()) + " (name the text field with --text-field)"
              : "text field '" + present.get(0).field() + "' is empty";
      sink.problem(new Problem(origin, ProblemKind.EMPTY_TEXT, why + "; record skipped"));
      return false;
    }
    text = LINE_BREAK.matcher(text).replaceAll("\n");

    Article.Builder b =
        Article.builder().kind(ArticleKind.ARTICLE).origin(origin).text(text);
    String id = record.best(FieldMapping.Role.ID);
    b.id(id != null ? id : fallbackId);
    b.title(cleanTitle(record.best(FieldMapping.Role.TITLE)));
    b.author(record.best(FieldMapping.Role.AUTHOR));

    String source = record.best(FieldMapping.Role.SOURCE);
    for (int i = 0; source == null && i < outers.size(); i++) {
      source = outers.get(i).best(FieldMapping.Role.SOURCE);
    }
    if (source == null) {
      source = options.source();
    }
    if (source == null) {
      source = dates.datelineAgency(text).orElse(null);
    }
    b.source(source);

    b.date(null, DateSource.NONE);
    DateField date = dateField(record, origin, options, sink);
    for (int i = 0; !date.given() && i < outers.size(); i++) {
      date = dateField(outers.get(i), origin, options, sink);
    }
    boolean dated = date.value() != null;
    if (date.value() != null) {
      b.date(date.value(), DateSource.FIELD);
    } else if (!date.given()) {
      // A date field that does not parse leaves the record undated (bad_date): a file name's
      // date or --date would silently put the story on a day it may not belong to.
      if (options.date() != null) {
        b.date(options.date(), DateSource.INPUT);
        dated = true;
      } else {
        Optional<LocalDate> named = dates.fromFileName(fileName);
        named.ifPresent(d -> b.date(d, DateSource.INPUT));
        dated = named.isPresent();
      }
    }
    if (sink instanceof DateWatcher watcher) {
      watcher.mapped(record, date.given(), dated);
    }
    sink.accept(b.build());
    return true;
  }

  /**
   * A sink that is told, before each article, whether its record gave a date; for the row about
   * a file's undated records and for finding a date field by its values.
   */
  interface DateWatcher {
    /**
     * @param record the record's fields
     * @param dateGiven true when the record, or an object holding it, has a non-blank value in a
     *     date field (whether it parses or not)
     * @param dated true when the article has a date (from a field, the file name or {@code --date})
     */
    void mapped(FieldValues record, boolean dateGiven, boolean dated);
  }

  /** A record's date: parsed, given but unreadable, or absent. */
  private record DateField(LocalDate value, boolean given) {
    static final DateField ABSENT = new DateField(null, false);
    static final DateField BAD = new DateField(null, true);
  }

  /**
   * The first date field, in candidate order, that parses. Reports BAD_DATE when date fields
   * are present but none parses, since the record is then kept undated. A numeric date that
   * reads two ways ({@code 02.01.2024}) is read in {@link LoadOptions#dateOrder}, else in the
   * order the file's other dates show ({@link FileDateOrder}); when nothing tells the order, the
   * file's reader writes one row for all such records, or, for a loader used on its own, each
   * gets its row.
   */
  private DateField dateField(FieldValues values, Origin origin, LoadOptions options, RecordSink sink) {
    FieldValues.Value firstBad = null;
    FieldValues.Value firstAmbiguous = null;
    for (FieldValues.Value v : values.all(FieldMapping.Role.DATE)) {
      if (v.value().isBlank()) {
        continue;
      }
      Optional<LocalDate> d = dates.parse(v.value(), options.dateOrder());
      if (d.isEmpty() && dates.isAmbiguous(v.value())) {
        FileDateOrder file = sink instanceof FileDateOrder.Holder h ? h.fileDateOrder() : null;
        DateOrder order = file == null ? null : file.order();
        if (order != null) {
          d = dates.parse(v.value(), order);
        } else if (firstAmbiguous == null) {
          firstAmbiguous = v;
        }
      }
      if (d.isPresent()) {
        return new DateField(d.get(), true);
      }
      if (firstBad == null) {
        firstBad = v;
      }
    }
    if (firstBad == null) {
      return DateField.ABSENT;
    }
    if (firstAmbiguous != null) {
      FileDateOrder file = sink instanceof FileDateOrder.Holder h ? h.fileDateOrder() : null;
      if (file != null) {
        file.undecided(origin, firstAmbiguous.field(), firstAmbiguous.value());
      } else {
        sink.problem(new Problem(origin, ProblemKind.BAD_DATE, FileDateOrder.message(
            dates, firstAmbiguous.field(), firstAmbiguous.value(), 1, null)));
      }
      return DateField.BAD;
    }
    sink.problem(
        new Problem(
            origin,
            ProblemKind.BAD_DATE,
            "date field '" + firstBad.field() + "' holds '" + abbreviate(firstBad.value())
                + "', which is not a date in a known format between 1800 and "
                + dates.maxYear() + "; record kept undated (fix the value or name another field with --date-field)"));
    return DateField.BAD;
  }

  static String cleanTitle(String title) {
    if (title == null) {
      return null;
    }
    String t = DATE_TRAILER.matcher(title).replaceFirst("").strip();
    t = t.replaceAll("\\s*[\r\n]+\\s*", " ");
    return t.isEmpty() ? null : t;
  }

  static String abbreviate(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() <= 60 ? one : one.substring(0, 57) + "...";
  }
}
