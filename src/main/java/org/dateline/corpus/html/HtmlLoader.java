package org.dateline.corpus.html;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dateline.corpus.DateParser;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.Loader;
import org.dateline.corpus.RecordLimit;
import org.dateline.corpus.RecordSink;
import org.dateline.corpus.TextInput;
import org.dateline.corpus.TooLargeException;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;
import org.dateline.model.DateSource;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;

/**
 * Loads a saved HTML page ({@code .html}, {@code .htm}, {@code .xhtml}, optionally gzip) as one
 * article: the main text found by {@link ArticleExtractor}, one paragraph per line, with the
 * title, author and date the page declares ({@link PageMetadata}). The date is the {@code
 * --date} option when given ({@link DateSource#INPUT}), else the first of the page's date
 * candidates that parses: JSON-LD ({@link DateSource#HTML_JSONLD}), {@code <meta>} ({@link
 * DateSource#HTML_META}), {@code <time>} in the article ({@link DateSource#HTML_TIME}), the
 * URL's path ({@link DateSource#URL}); else an ISO date in the file name ({@link
 * DateSource#INPUT}); else none. A page without article text (an index page, a login wall) is
 * one {@link ProblemKind#NO_ARTICLE_TEXT} problem.
 *
 * <p>The input's bytes are decoded here by {@link HtmlCharset}, not by the intake's text rule,
 * since a page may declare its charset. Immutable and thread-safe.
 */
public final class HtmlLoader implements Loader {

  private final DateParser dates;

  public HtmlLoader(DateParser dates) {
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public void load(TextInput input, LoadOptions options, RecordSink sink) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    byte[] bytes;
    try (InputStream in = input.openBytes()) {
      bytes = RecordLimit.readBytes(in, options.maxRecordChars(), "the page");
    } catch (TooLargeException e) {
      sink.problem(RecordLimit.problem(Origin.line(input.displayName(), 0), e, "file skipped"));
      return;
    }
    load(bytes, null, null, input.fileName(), input.fileName(), Origin.line(input.displayName(), 0), options, sink);
  }

  /**
   * Loads one page held in memory, as read from a file or from a web archive's record.
   *
   * @param charset the charset the transport declared, or null
   * @param url the address the page was fetched from, or null
   * @param id the record's id
   * @param fileName the file name, for a date written in it
   * @param origin where the page came from
   */
  public void load(byte[] bytes, String charset, String url, String id, String fileName, Origin origin,
      LoadOptions options, RecordSink sink) {
    HtmlPage page = HtmlPage.read(bytes, charset, url);
    if (page.paragraphs().isEmpty()) {
      sink.problem(new Problem(origin, ProblemKind.NO_ARTICLE_TEXT,
          "an HTML page without article text (an index page, a login wall or an empty page); skipped"));
      return;
    }
    PageMetadata meta = page.metadata();
    Article.Builder b = Article.builder()
        .id(id)
        .kind(ArticleKind.ARTICLE)
        .title(meta.title())
        .author(meta.author())
        .source(options.source())
        .text(page.text())
        .origin(origin)
        .url(meta.url());
    date(b, meta, fileName, options);
    sink.accept(b.build());
  }

  private void date(Article.Builder b, PageMetadata meta, String fileName, LoadOptions options) {
    if (options.date() != null) {
      b.date(options.date(), DateSource.INPUT);
      return;
    }
    for (PageMetadata.DateCandidate c : meta.dates()) {
      Optional<LocalDate> d = dates.parse(c.value());
      if (d.isPresent()) {
        b.date(d.get(), switch (c.kind()) {
          case JSON_LD -> DateSource.HTML_JSONLD;
          case META -> DateSource.HTML_META;
          case TIME -> DateSource.HTML_TIME;
          case URL -> DateSource.URL;
        });
        return;
      }
    }
    Optional<LocalDate> named = dates.fromFileName(fileName);
    if (named.isPresent()) {
      b.date(named.get(), DateSource.INPUT);
    }
  }
}
