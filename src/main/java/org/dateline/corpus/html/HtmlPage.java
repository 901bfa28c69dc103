package org.dateline.corpus.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One HTML page read: its metadata and the paragraphs of its article.
 *
 * @param metadata what the page declares about itself
 * @param paragraphs the article's paragraphs; empty when the page holds no article text
 */
public record HtmlPage(PageMetadata metadata, List<String> paragraphs) {

  private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

  public HtmlPage {
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * Decodes, parses and extracts a page.
   *
   * @param bytes the page as fetched
   * @param charset the charset the transport declared, or null
   * @param url the address the page was fetched from, or null
   */
  public static HtmlPage read(byte[] bytes, String charset, String url) {
    return parse(HtmlCharset.decode(bytes, charset), url);
  }

  /** Parses and extracts a decoded page. */
  public static HtmlPage parse(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    PageMetadata metadata = PageMetadata.read(doc, url);
    return new HtmlPage(metadata, EXTRACTOR.extract(doc, metadata.title()));
  }

  /** The article's paragraphs joined by {@code \n}. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
