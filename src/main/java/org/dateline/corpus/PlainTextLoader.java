package org.dateline.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;

/**
 * Loads a whole text file as one article, its non-blank lines as paragraphs joined by {@code
 * \n}, with no byline or teaser detection. The date is {@link LoadOptions#date()} or an ISO
 * date in the file name ({@link DateSource#INPUT}), else a date line among the first lines
 * ({@link DateSource#TEXT}), else none. The source is {@link LoadOptions#source()}, else the
 * agency of a dateline ({@code (KCNA)}) at the start of the text.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlainTextLoader implements Loader {

  /** A date line below the headline block is body text, not the article's date. */
  private static final int DATE_LINE_WINDOW = 5;

  private final DateParser dates;

  /** A loader with a default {@link DateParser}. */
  public PlainTextLoader() {
    this(new DateParser());
  }

  public PlainTextLoader(DateParser dates) {
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  @Override
  public String format() {
    return "plain";
  }

  @Override
  public void load(Path file, String displayName, LoadOptions options, RecordSink sink)
      throws IOException {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    String fileName = TextDecoding.fileName(file);
    List<PageTextLoader.Line> lines = PageTextLoader.lines(TextDecoding.readString(file));
    if (lines.isEmpty()) {
      sink.problem(PageTextLoader.emptyFile(displayName));
      return;
    }
    String text = PageTextLoader.join(lines);
    long first = lines.get(0).number();
    Article.Builder b =
        Article.builder()
            .id(fileName + ":" + first)
            .kind(ArticleKind.ARTICLE)
            .text(text)
            .origin(Origin.line(displayName, first))
            .source(options.source() != null ? options.source() : dates.datelineAgency(text).orElse(null));
    Optional<LocalDate> given = PageTextLoader.inputDate(options, fileName, dates);
    if (given.isPresent()) {
      b.date(given.get(), DateSource.INPUT);
    } else {
      lines.stream()
          .limit(DATE_LINE_WINDOW)
          .filter(l -> dates.isDateLine(l.text()))
          .findFirst()
          .flatMap(l -> dates.parse(l.text()))
          .ifPresent(d -> b.date(d, DateSource.TEXT));
    }
    sink.accept(b.build());
  }
}
