package org.dateline.corpus.warc;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dateline.corpus.DateParser;
import org.dateline.corpus.LoadOptions;
import org.dateline.corpus.Loader;
import org.dateline.corpus.RecordLimit;
import org.dateline.corpus.RecordSink;
import org.dateline.corpus.TextInput;
import org.dateline.corpus.TooLargeException;
import org.dateline.corpus.html.HtmlLoader;
import org.dateline.model.Origin;
import org.dateline.model.Problem;
import org.dateline.model.ProblemKind;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Loads a web archive ({@code .warc}, {@code .warc.gz}) record by record with jwarc: every
 * {@code response} whose HTTP payload is HTML (by its {@code Content-Type}, else by its first
 * bytes) and every HTML {@code resource} is read as an HTML page by {@link HtmlLoader}, with the
 * HTTP header's charset and {@code WARC-Target-URI} as its address. Its date comes from the
 * page, never from {@code WARC-Date}, the time of the crawl. Other records (requests, metadata,
 * warcinfo, revisits, images, scripts, PDF) are passed over without a problem, and counted for
 * the manifest by WARC type and payload type ({@link RecordSink#archiveRecord}), with the first
 * and last {@code WARC-Date}. A payload is read only when it may be HTML, and never past
 * {@link LoadOptions#maxRecordChars()} bytes: a larger one is one {@code too_large} problem.
 *
 * <p>Records are streamed: memory is bounded by the largest record. A record's origin is the
 * file and the byte offset where the record starts (in the compressed file for {@code
 * .warc.gz}), and its id the file name with that offset.
 *
 * <p>Immutable and thread-safe.
 */
public final class WarcLoader implements Loader {

  private final HtmlLoader html;

  public WarcLoader(DateParser dates) {
    this.html = new HtmlLoader(Objects.requireNonNull(dates, "dates"));
  }

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public void load(TextInput input, LoadOptions options, RecordSink sink) throws IOException {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    // jwarc reads gzip members itself, so offsets count the bytes of the file as stored.
    try (InputStream raw = input.bytes().open(); WarcReader reader = new WarcReader(raw)) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.problem(new Problem(Origin.offset(input.displayName(), reader.position()), ProblemKind.MALFORMED_RECORD,
              "not a readable WARC record (" + e.getMessage() + "); the rest of the file is skipped"));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        long offset = reader.position();
        try {
          page(next.get(), input, offset, options, sink);
        } catch (TooLargeException e) {
          sink.problem(RecordLimit.problem(Origin.offset(input.displayName(), offset), e, "record skipped"));
        } catch (IOException | RuntimeException e) {
          sink.problem(new Problem(Origin.offset(input.displayName(), offset), ProblemKind.MALFORMED_RECORD,
              "a WARC record whose payload cannot be read (" + e.getMessage() + "); skipped"));
        }
      }
    }
  }

  /**
   * Reads one record as a page when it holds HTML, and tells the sink what the record was
   * ({@link RecordSink#archiveRecord}), so that the manifest counts what was passed over.
   */
  private void page(WarcRecord record, TextInput input, long offset, LoadOptions options, RecordSink sink)
      throws IOException {
    String target;
    MediaType type;
    InputStream payload;
    String warcType = record.type();
    Instant crawled = crawlDate(record);
    if (record instanceof WarcResponse response) {
      HttpResponse http;
      try {
        http = response.http();
      } catch (IOException | RuntimeException e) {
        // A response that is not HTTP (DNS, Gemini) holds no page.
        sink.archiveRecord(warcType, "not HTTP", crawled);
        return;
      }
      target = response.target();
      type = http.contentType();
      payload = http.bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      target = resource.target();
      type = resource.contentType();
      payload = resource.body().stream();
    } else {
      sink.archiveRecord(warcType, null, crawled);
      return;
    }
    try (InputStream in = payload) {
      if (notHtml(type)) {
        // An image or a video is not read at all, whatever its size.
        sink.archiveRecord(warcType, mediaType(type), crawled);
        return;
      }
      byte[] body;
      try {
        body = RecordLimit.readBytes(in, options.maxRecordChars(), "the record's payload");
      } catch (TooLargeException e) {
        sink.archiveRecord(warcType, "html", crawled);
        throw e;
      }
      if (!isHtml(type, body)) {
        sink.archiveRecord(warcType, mediaType(type), crawled);
        return;
      }
      sink.archiveRecord(warcType, "html", crawled);
      String charset = type == null ? null : type.parameters().get("charset");
      html.load(body, charset, target, input.fileName() + "@" + offset, input.fileName(),
          Origin.offset(input.displayName(), offset), options, sink);
    }
  }

  private static Instant crawlDate(WarcRecord record) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      return null; // a WARC-Date that does not parse leaves the crawl's dates as they were
    }
  }

  /** True when the declared type rules out HTML without looking at the bytes. */
  private static boolean notHtml(MediaType type) {
    String t = base(type);
    return t != null && !t.equals("text/html") && !t.equals("application/xhtml+xml")
        && !t.equals("application/octet-stream") && !t.equals("text/plain");
  }

  /** The type and subtype, for the manifest's counts; "unknown" when none was declared. */
  private static String mediaType(MediaType type) {
    String t = base(type);
    return t == null ? "unknown" : t;
  }

  /**
   * The declared type and subtype in lower case, or null. jwarc parses an HTTP header's type
   * leniently and marks it not valid even when it is well formed, so the parts are read instead.
   */
  private static String base(MediaType type) {
    if (type == null || type.type() == null || type.type().isEmpty() || type.subtype() == null
        || type.subtype().isEmpty()) {
      return null;
    }
    return type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
  }

  static boolean isHtml(MediaType type, byte[] body) {
    String t = base(type);
    if (t != null) {
      if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
        return true;
      }
      if (!t.equals("application/octet-stream") && !t.equals("text/plain")) {
        return false;
      }
    }
    String head = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
  }
}
