package org.dateline.corpus.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title, author, url and date candidates a page declares about itself, read before the
 * body is extracted: JSON-LD {@code NewsArticle}/{@code Article} ({@code datePublished},
 * {@code headline}, {@code author}), OpenGraph and {@code article:published_time}, {@code
 * <meta name=date|pubdate|citation_publication_date|dc.date>}, {@code <time datetime>} inside
 * the article, then a date in the URL path ({@code /2024/03/01/}).
 *
 * @param title the headline, or null
 * @param author the author's name (several joined by {@code ; }), or null
 * @param url the page's own address ({@code og:url}, canonical link, else as given), or null
 * @param dates date strings in the order they are to be tried, each with its kind
 */
public record PageMetadata(String title, String author, String url, List<DateCandidate> dates) {

  /** Where a date candidate was found. */
  public enum Kind { JSON_LD, META, TIME, URL }

  /** One date as the page writes it. */
  public record DateCandidate(String value, Kind kind) {}

  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
      "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
      "techarticle", "liveblogposting", "socialmediaposting", "posting");
  private static final List<String> META_DATE_PROPERTIES = List.of(
      "article:published_time", "og:article:published_time", "og:published_time", "datepublished");
  private static final List<String> META_DATE_NAMES = List.of(
      "date", "pubdate", "publishdate", "publish-date", "publication_date", "citation_publication_date",
      "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
      "article.published", "article_date_original", "original-publish-date");
  /** {@code /2024/03/01/}, {@code /2024-03-01/} or {@code /20240301} in a path. */
  private static final Pattern URL_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:[/-]|\\b)");
  private static final Pattern URL_COMPACT_DATE = Pattern.compile(
      "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:/|\\b)");

  public PageMetadata {
    dates = List.copyOf(dates);
  }

  /**
   * Reads the metadata of a parsed page, before anything is removed from it.
   *
   * @param given the address the page was fetched from (a WARC target), or null
   */
  public static PageMetadata read(Document doc, String given) {
    List<DateCandidate> dates = new ArrayList<>();
    String title = null;
    String author = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      for (Map<String, Object> article : articles(script.data())) {
        if (title == null) {
          title = text(article.get("headline"));
        }
        if (author == null) {
          author = names(article.get("author"));
        }
        String published = text(article.get("datePublished"));
        if (published == null) {
          published = text(article.get("dateCreated"));
        }
        if (published != null) {
          dates.add(new DateCandidate(published, Kind.JSON_LD));
        }
      }
    }
    List<DateCandidate> named = new ArrayList<>();
    for (Element m : doc.getElementsByTag("meta")) {
      String property = m.hasAttr("property") ? m.attr("property") : m.attr("itemprop");
      if (!property.isEmpty() && META_DATE_PROPERTIES.contains(property.toLowerCase(Locale.ROOT))) {
        add(dates, m.attr("content"), Kind.META);
      } else if (m.hasAttr("name") && META_DATE_NAMES.contains(m.attr("name").toLowerCase(Locale.ROOT))) {
        add(named, m.attr("content"), Kind.META);
      }
    }
    dates.addAll(named);
    Element article = doc.selectFirst("article, [itemprop=articleBody], main");
    for (Element time : (article != null ? article : doc).select("time[datetime]")) {
      add(dates, time.attr("datetime"), Kind.TIME);
      break;
    }
    if (article == null) {
      Element published = doc.selectFirst("time[itemprop=datePublished], [itemprop=datePublished][content]");
      if (published != null) {
        add(dates, published.hasAttr("datetime") ? published.attr("datetime") : published.attr("content"), Kind.TIME);
      }
    }
    if (title == null) {
      title = content(doc, "meta[property=og:title]");
    }
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : null;
    }
    if (title == null && !doc.title().isBlank()) {
      title = doc.title().strip();
    }
    if (author == null) {
      author = content(doc, "meta[name=author]");
    }
    if (author == null) {
      author = content(doc, "meta[property=article:author]");
      if (author != null && author.startsWith("http")) {
        author = null;
      }
    }
    String url = content(doc, "meta[property=og:url]");
    if (url == null) {
      Element canonical = doc.selectFirst("link[rel=canonical][href]");
      url = canonical != null ? canonical.attr("href").strip() : null;
    }
    if (url == null || !url.startsWith("http")) {
      url = given != null ? given : url;
    }
    for (String u : new String[] {given, url}) {
      String d = urlDate(u);
      if (d != null) {
        add(dates, d, Kind.URL);
      }
    }
    return new PageMetadata(title, author, url, dates);
  }

  /** The date in a URL's path as {@code yyyy-mm-dd}, or null. */
  static String urlDate(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      m = URL_COMPACT_DATE.matcher(url);
      if (!m.find()) {
        return null;
      }
    }
    return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static void add(List<DateCandidate> dates, String value, Kind kind) {
    if (value != null && !value.isBlank()) {
      dates.add(new DateCandidate(value.strip(), kind));
    }
  }

  private static String content(Document doc, String query) {
    Element e = doc.selectFirst(query);
    if (e == null) {
      return null;
    }
    String c = e.attr("content").strip();
    return c.isEmpty() ? null : c;
  }

  /** The article objects of a JSON-LD block, at its top, in arrays or in {@code @graph}. */
  static List<Map<String, Object>> articles(String json) {
    List<Map<String, Object>> out = new ArrayList<>();
    Object root;
    try (JsonParser p = JSON.createParser(json.strip())) {
      if (p.nextToken() == null) {
        return out;
      }
      root = value(p, 0);
    } catch (IOException | RuntimeException e) {
      return out;
    }
    find(root, out, 0);
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void find(Object node, List<Map<String, Object>> out, int depth) {
    if (depth > 8) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object o : list) {
        find(o, out, depth + 1);
      }
    } else if (node instanceof Map<?, ?> map) {
      Map<String, Object> m = (Map<String, Object>) map;
      if (isArticle(m.get("@type"))) {
        out.add(m);
      }
      Object graph = m.get("@graph");
      if (graph != null) {
        find(graph, out, depth + 1);
      }
      Object main = m.get("mainEntity");
      if (main != null) {
        find(main, out, depth + 1);
      }
    }
  }

  private static boolean isArticle(Object type) {
    if (type instanceof String s) {
      return ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT).replace("schema:", ""));
    }
    if (type instanceof List<?> list) {
      return list.stream().anyMatch(PageMetadata::isArticle);
    }
    return false;
  }

  private static String text(Object o) {
    if (o instanceof String s && !s.isBlank()) {
      return org.jsoup.parser.Parser.unescapeEntities(s.strip(), false);
    }
    if (o instanceof List<?> list && !list.isEmpty()) {
      return text(list.get(0));
    }
    return null;
  }

  /** Author names from a string, a Person object or a list of either. */
  private static String names(Object o) {
    List<String> out = new ArrayList<>();
    collectNames(o, out, 0);
    return out.isEmpty() ? null : String.join("; ", out);
  }

  private static void collectNames(Object o, List<String> out, int depth) {
    if (depth > 3) {
      return;
    }
    if (o instanceof String s && !s.isBlank() && !s.startsWith("http")) {
      out.add(s.strip());
    } else if (o instanceof Map<?, ?> m) {
      collectNames(m.get("name"), out, depth + 1);
    } else if (o instanceof List<?> list) {
      for (Object x : list) {
        collectNames(x, out, depth + 1);
      }
    }
  }

  private static Object value(JsonParser p, int depth) throws IOException {
    JsonToken t = p.currentToken();
    if (depth > 32) {
      p.skipChildren();
      return null;
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.getCurrentName();
        p.nextToken();
        m.put(name, value(p, depth + 1));
      }
      return m;
    }
    if (t == JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(value(p, depth + 1));
      }
      return list;
    }
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return t == null || t == JsonToken.VALUE_NULL ? null : p.getText();
  }
}
