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

  /**
   * A teaser block's marker: a short outlet name of up to five words, optionally followed by a
   * language in parentheses ({@code More From Naenara (En)}); no sentence punctuation, so a body
   * paragraph that begins "More from the ministry's statement, ..." is not one.
   */
  private static final Pattern MORE_FROM = Pattern.compile(
      "More\\s+From\\s+([\\p{L}\\d][\\p{L}\\p{M}\\d&'\u2019.-]*(?:\\s+[\\p{L}\\p{M}\\d&'\u2019-]+){0,4}"
          + "(?:\\s*\\(\\p{L}{2,20}\\))?)\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_MARKER = 60;
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
    List<Line> lines = lines(input.readString());
    if (lines.isEmpty()) {
      sink.problem(emptyFile(input.displayName()));
      return;
    }
    List<Block> blocks = blocks(lines, input.displayName());
    List<Teaser> teasers = new ArrayList<>();
    for (Block block : blocks) {
      teasers.addAll(block.teasers());
      block.problems().forEach(sink::problem);
    }
    // The first marker ends the article and names the outlet of the whole page.
    List<Line> body = blocks.isEmpty() ? lines : lines.subList(0, blocks.get(0).marker());
    String source = blocks.isEmpty() ? options.source() : blocks.get(0).outlet();
    mainArticle(body, source, newestDate(teasers), input, options).ifPresent(sink::accept);
    acceptTeasers(teasers, input, sink);
  }

  /**
   * The article above the teaser blocks: its paragraphs without the first date line and
   * without a byline; empty when nothing else is left.
   */
  private Optional<Article> mainArticle(
      List<Line> body, String source, LocalDate newestTeaser, TextInput input, LoadOptions options) {
    List<Line> paragraphs = new ArrayList<>(body);
    LocalDate dateLine = removeDateLine(paragraphs);
    String author = removeByline(paragraphs);
    if (paragraphs.isEmpty()) {
      return Optional.empty();
    }
    String text = join(paragraphs);
    long first = paragraphs.get(0).number();
    Article.Builder b =
        Article.builder()
            .id(input.idName() + ":" + first)
            .kind(ArticleKind.ARTICLE)
            .author(author)
            .text(text)
            .origin(Origin.line(input.displayName(), first))
            .source(source != null ? source : dates.datelineAgency(text).orElse(null));
    date(b, text, dateLine, newestTeaser, inputDate(options, input.fileName(), dates));
    return Optional.of(b.build());
  }

  /** Removes the first date line from {@code paragraphs} and returns its date, or null. */
  private LocalDate removeDateLine(List<Line> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (dates.isDateLine(paragraphs.get(i).text())) {
        return dates.parse(paragraphs.remove(i).text()).orElseThrow();
      }
    }
    return null;
  }

  /**
   * Removes a byline closing {@code paragraphs} and returns the name, or null; a single
   * paragraph is the text itself, never a byline.
   */
  private static String removeByline(List<Line> paragraphs) {
    if (paragraphs.size() < 2) {
      return null;
    }
    String author = byline(paragraphs.get(paragraphs.size() - 1).text());
    if (author != null) {
      paragraphs.remove(paragraphs.size() - 1);
    }
    return author;
  }

  /**
   * Dates the main article, in this order: the date given with the input, a date line, a news
   * dateline read with the newest teaser's year, the newest teaser's date; else leaves it undated.
   */
  private void date(Article.Builder b, String text, LocalDate dateLine, LocalDate newestTeaser,
      Optional<LocalDate> given) {
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
  }

  private static LocalDate newestDate(List<Teaser> teasers) {
    return teasers.stream().map(Teaser::date).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
  }

  /** Passes on each distinct teaser once, at its first place on the page. */
  private static void acceptTeasers(List<Teaser> teasers, TextInput input, RecordSink sink) {
    Set<String> seen = new HashSet<>();
    for (Teaser t : teasers) {
      if (!seen.add(key(t.text()))) {
        continue;
      }
      sink.accept(
          Article.builder()
              .id(input.idName() + ":" + t.line())
              .kind(ArticleKind.TEASER)
              .date(t.date(), t.date() == null ? DateSource.NONE : DateSource.TEASER_LINE)
              .source(t.outlet())
              .text(t.text())
              .origin(Origin.line(input.displayName(), t.line()))
              .build());
    }
  }

  /**
   * The teaser blocks of the page, in order. A line is a marker only when it names an outlet
   * briefly and the lines after it hold teasers (at least one dated or repeated); each marker
   * opens a block that runs to the next marker, a {@code More Articles} line or the end.
   */
  private List<Block> blocks(List<Line> lines, String displayName) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).text();
      if (text.length() <= MAX_MARKER && MORE_FROM.matcher(text).matches()) {
        candidates.add(i);
      }
    }
    List<Block> out = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      int at = candidates.get(c);
      int end = c + 1 < candidates.size() ? candidates.get(c + 1) : lines.size();
      Matcher m = MORE_FROM.matcher(lines.get(at).text());
      m.matches();
      Block block = block(at, m.group(1), lines.subList(at + 1, end), displayName);
      if (block.teasers().stream().anyMatch(Teaser::evidenced)) {
        out.add(block);
      } else if (!out.isEmpty()) {
        // Not a marker after all: its lines belong to the block before, which is read again.
        Block previous = out.remove(out.size() - 1);
        out.add(block(previous.marker(), previous.outlet(),
            lines.subList(previous.marker() + 1, end), displayName));
      }
    }
    return out;
  }

  /**
   * Reads one teaser block. The page sets each teaser as its text, a date line and the same
   * text again; that repetition splits teasers even when the date line is missing (text, text)
   * or unreadable (text, line, text: the line is reported as a bad date and the teaser kept
   * undated). Without repetition, text lines before a date line form one teaser; text left
   * without a date line at the end becomes an undated teaser.
   */
  private Block block(int marker, String outlet, List<Line> block, String displayName) {
    List<Teaser> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    long pendingLine = 0;
    String lastDated = null;
    int n = block.size();
    for (int i = 0; i < n; i++) {
      Line line = block.get(i);
      String s = line.text();
      if (MORE_ARTICLES.matcher(s).matches()) {
        n = i;
        break;
      }
      boolean dateLine = dates.isDateLine(s);
      if (!dateLine && pending.length() == 0 && !s.equals(lastDated)) {
        if (i + 2 < n && block.get(i + 2).text().equals(s)) {
          Line between = block.get(i + 1);
          LocalDate d = dates.isDateLine(between.text()) ? dates.parse(between.text()).orElseThrow() : null;
          if (d == null) {
            problems.add(new Problem(Origin.line(displayName, between.number()), ProblemKind.BAD_DATE,
                "teaser date line '" + RecordMapper.abbreviate(between.text())
                    + "' is not a date in a known format; teaser kept undated"));
          }
          out.add(new Teaser(s, d, line.number(), outlet, true));
          lastDated = null;
          i += 2;
          continue;
        }
        if (i + 1 < n && block.get(i + 1).text().equals(s)) {
          out.add(new Teaser(s, null, line.number(), outlet, true));
          i += 1;
          continue;
        }
      }
      if (dateLine) {
        if (pending.length() > 0) {
          lastDated = pending.toString();
          out.add(new Teaser(lastDated, dates.parse(s).orElseThrow(), pendingLine, outlet, true));
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
    if (pending.length() > 0) {
      out.add(new Teaser(pending.toString(), null, pendingLine, outlet, false));
    }
    return new Block(marker, outlet, out, problems);
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

  /**
   * One teaser.
   *
   * @param evidenced true when a date line or the page's repetition marked it as a teaser
   */
  private record Teaser(String text, LocalDate date, long line, String outlet, boolean evidenced) {}

  /** A teaser block: the index of its marker line, its outlet, its teasers and problems. */
  private record Block(int marker, String outlet, List<Teaser> teasers, List<Problem> problems) {}
}
