package org.dateline.corpus;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Loads the text of a scraped news page (such as a Naenara article page): the main article,
 * one paragraph per line, optionally ending in a byline; then optionally a {@code More From
 * <Outlet>} line followed by teasers, each a teaser text, a date line ({@code January 26,
 * 2026}) and usually the same text again, closed by an optional {@code More Articles} line.
 *
 * <p>The main article becomes one {@link ArticleKind#ARTICLE} whose text is its paragraphs
 * joined by {@code \n}, without the byline (which becomes the author) and without a date line.
 * Its date is, in this order: {@link LoadOptions#date()} or an ISO date in the file name
 * ({@link DateSource#INPUT}); a date line in the body or a news dateline, its year taken from
 * the newest teaser ({@link DateSource#TEXT}); the newest teaser date ({@link
 * DateSource#INFERRED}); else none. Each distinct teaser becomes one {@link ArticleKind#TEASER}
 * dated by its date line ({@link DateSource#TEASER_LINE}); a teaser repeated on the page counts
 * once. The outlet named by {@code More From} is the source of all records of the page.
 *
 * <p>A file without a teaser block and without a byline yields one article, so this loader also
 * reads plain text files. A file without any text is reported as {@link ProblemKind#EMPTY_TEXT}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PageTextLoader implements Loader {

  private static final Pattern MORE_FROM =
      Pattern.compile("More\\s+From\\s+(.+?)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern MORE_ARTICLES =
      Pattern.compile("More\\s+Articles\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'\u2019.-]*");
  private static final Pattern NOT_IN_NAMES = Pattern.compile("[,;:!?\"\u201C\u201D()\\[\\]\\d]");
  private static final int MAX_BYLINE = 40;

  private final DateParser dates;

  /** A loader with a default {@link DateParser}. */
  public PageTextLoader() {
    this(new DateParser());
  }

  public PageTextLoader(DateParser dates) {
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  @Override
  public String format() {
    return "page";
  }

  @Override
  public void load(TextInput input, LoadOptions options, RecordSink sink) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    String displayName = input.displayName();
    String fileName = input.fileName();
    List<Line> lines = lines(input.readString());
    if (lines.isEmpty()) {
      sink.problem(emptyFile(displayName));
      return;
    }

    int marker = -1;
    String outlet = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MORE_FROM.matcher(lines.get(i).text());
      if (m.matches()) {
        marker = i;
        outlet = m.group(1);
        break;
      }
    }
    List<Line> body = marker < 0 ? lines : lines.subList(0, marker);
    List<Teaser> teasers =
        marker < 0 ? List.of() : teasers(lines.subList(marker + 1, lines.size()));
    String source = outlet != null ? outlet : options.source();

    LocalDate newestTeaser =
        teasers.stream().map(Teaser::date).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);

    if (!body.isEmpty()) {
      List<Line> paragraphs = new ArrayList<>(body);
      LocalDate dateLine = null;
      for (int i = 0; i < paragraphs.size(); i++) {
        if (dates.isDateLine(paragraphs.get(i).text())) {
          dateLine = dates.parse(paragraphs.get(i).text()).orElseThrow();
          paragraphs.remove(i);
          break;
        }
      }
      String author = null;
      if (paragraphs.size() >= 2) {
        author = byline(paragraphs.get(paragraphs.size() - 1).text());
        if (author != null) {
          paragraphs.remove(paragraphs.size() - 1);
        }
      }
      if (!paragraphs.isEmpty()) {
        String text = join(paragraphs);
        Article.Builder b =
            Article.builder()
                .id(fileName + ":" + paragraphs.get(0).number())
                .kind(ArticleKind.ARTICLE)
                .author(author)
                .text(text)
                .origin(Origin.line(displayName, paragraphs.get(0).number()))
                .source(source != null ? source : dates.datelineAgency(text).orElse(null));
        Optional<LocalDate> given = inputDate(options, fileName, dates);
        if (given.isPresent()) {
          b.date(given.get(), DateSource.INPUT);
        } else if (dateLine != null) {
          b.date(dateLine, DateSource.TEXT);
        } else if (newestTeaser != null) {
          Optional<LocalDate> dateline = dates.parseDateline(text, newestTeaser.getYear());
          if (dateline.isPresent()) {
            b.date(dateline.get(), DateSource.TEXT);
          } else {
            b.date(newestTeaser, DateSource.INFERRED);
          }
        }
        sink.accept(b.build());
      }
    }

    for (Teaser t : teasers) {
      sink.accept(
          Article.builder()
              .id(fileName + ":" + t.line())
              .kind(ArticleKind.TEASER)
              .date(t.date(), DateSource.TEASER_LINE)
              .source(source)
              .text(t.text())
              .origin(Origin.line(displayName, t.line()))
              .build());
    }
  }

  /**
   * Reads the teaser block. Text lines before a date line form one teaser; a text line equal
   * to the teaser just dated is the page's repeat of it and is skipped, as is any teaser seen
   * before on the page. Text left without a date line at the end becomes an undated teaser.
   */
  private List<Teaser> teasers(List<Line> block) {
    List<Teaser> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    StringBuilder pending = new StringBuilder();
    long pendingLine = 0;
    String lastDated = null;
    for (Line line : block) {
      String s = line.text();
      if (MORE_ARTICLES.matcher(s).matches()) {
        break;
      }
      if (dates.isDateLine(s)) {
        if (pending.length() > 0) {
          LocalDate d = dates.parse(s).orElseThrow();
          lastDated = pending.toString();
          if (seen.add(key(lastDated))) {
            out.add(new Teaser(lastDated, d, pendingLine));
          }
          pending.setLength(0);
        }
        continue;
      }
      if (pending.length() == 0 && s.equals(lastDated)) {
        lastDated = null;
        continue;
      }
      if (pending.length() == 0) {
        pendingLine = line.number();
      } else {
        pending.append(' ');
      }
      pending.append(s);
    }
    if (pending.length() > 0 && seen.add(key(pending.toString()))) {
      out.add(new Teaser(pending.toString(), null, pendingLine));
    }
    return out;
  }

  /** The name in a byline line, or null when the line does not look like a personal name. */
  static String byline(String line) {
    String s = line.strip();
    if (s.regionMatches(true, 0, "By ", 0, 3)) {
      s = s.substring(3).strip();
    }
    if (s.isEmpty() || s.length() > MAX_BYLINE || s.endsWith(".") || NOT_IN_NAMES.matcher(s).find()) {
      return null;
    }
    String[] words = s.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return null;
    }
    for (String w : words) {
      if (!NAME_WORD.matcher(w).matches()) {
        return null;
      }
    }
    return String.join(" ", words);
  }

  /** The date given with the input: the option, else an ISO date in the file name. */
  static Optional<LocalDate> inputDate(LoadOptions options, String fileName, DateParser dates) {
    if (options.date() != null) {
      return Optional.of(options.date());
    }
    return dates.fromFileName(fileName);
  }

  /** Non-blank lines, stripped, with their 1-based line numbers; any line ending. */
  static List<Line> lines(String content) {
    String[] raw = content.split("\r\n|\r|\n", -1);
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      String s = raw[i].strip();
      if (!s.isEmpty()) {
        out.add(new Line(i + 1, s));
      }
    }
    return out;
  }

  static String join(List<Line> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (Line p : paragraphs) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(p.text());
    }
    return sb.toString();
  }

  static Problem emptyFile(String displayName) {
    return new Problem(
        Origin.line(displayName, 0), ProblemKind.EMPTY_TEXT, "file holds no text; skipped");
  }

  private static String key(String teaser) {
    return teaser.replaceAll("\\s+", " ");
  }

  /** A non-blank line of the file. */
  record Line(long number, String text) {}

  private record Teaser(String text, LocalDate date, long line) {}
}
