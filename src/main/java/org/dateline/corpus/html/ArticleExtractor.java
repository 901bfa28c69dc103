package org.dateline.corpus.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a news or blog page, in the manner of Readability and trafilatura:
 * boilerplate subtrees (navigation, menus, share buttons, comments, related lists, cookie
 * banners, captions, footers) are dropped by tag and by class and id hints; every paragraph
 * gives points to its parent and grandparent by its length and commas; the container with the
 * most points after discounting link text wins, and siblings that score nearly as well join
 * it. The page's own {@code <article>} or {@code <main>} is taken instead when it holds most of
 * the winner's text. Inside the chosen container, link lists and short, link-heavy blocks are
 * left out, and each block element gives one paragraph.
 *
 * <p>Works on a document it may modify; stateless and thread-safe.
 */
public final class ArticleExtractor {

  private static final Set<String> DROPPED_TAGS = Set.of(
      "script", "style", "noscript", "iframe", "svg", "canvas", "button", "input", "select",
      "textarea", "template", "link", "meta", "object", "embed", "video", "audio", "map", "nav",
      "aside", "footer", "figure", "figcaption", "picture", "img", "dialog", "menu", "label");
  /** Dropped tags that some sites wrap around the whole page. */
  private static final Set<String> STRUCTURAL_TAGS = Set.of("aside", "form", "label", "menu", "figure");
  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt",
      "dd", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "header", "form",
      "address", "center", "tbody", "thead", "hr", "br");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "dd");

  /** Class and id words of boilerplate, from Readability's list and trafilatura's. */
  static final Pattern UNLIKELY = Pattern.compile(
      "-ad-|\\bad\\b|ads\\b|advert|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|"
          + "footer|gdpr|cookie|consent|legends|menu|related|remark|replies|rss|shoutbox|sidebar|"
          + "skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|"
          + "share|sharing|newsletter|subscribe|promo|outbrain|taboola|recommend|navbar|\\bnav\\b|"
          + "caption|credit|tags?\\b|toolbar|masthead|signup|teaser|most-?popular|trending|"
          + "read-?more|more-?stories|byline|author|dateline|timestamp|print|modal|overlay",
      Pattern.CASE_INSENSITIVE);
  /** The alternatives of {@link #UNLIKELY} as literals; LiteralPrefilterTest holds them to it. */
  static final LiteralPrefilter UNLIKELY_LITERALS = new LiteralPrefilter(
      List.of("-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
          "extra", "footer", "gdpr", "cookie", "consent", "legends", "menu", "related", "remark", "replies", "rss",
          "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate", "pagination",
          "pager", "popup", "share", "sharing", "newsletter", "subscribe", "promo", "outbrain", "taboola",
          "recommend", "navbar", "caption", "credit", "toolbar", "masthead", "signup", "teaser", "trending",
          "byline", "author", "dateline", "timestamp", "print", "modal", "overlay", "advert", "ad-break"),
      List.of("ad", "nav", "tag", "popular", "more"),
      Pattern.compile("\\bad\\b|ads\\b|\\bnav\\b|tags?\\b|most-?popular|read-?more|more-?stories",
          Pattern.CASE_INSENSITIVE));
  /** Words that keep an element that also matches {@link #UNLIKELY}. */
  static final Pattern MAYBE = Pattern.compile(
      "and|article|body|column|content|main|shadow|story|entry|post-?body|text", Pattern.CASE_INSENSITIVE);
  /** {@link #MAYBE} as literals: {@code post-?body} holds {@code body}. */
  static final LiteralPrefilter MAYBE_LITERALS = new LiteralPrefilter(
      List.of("and", "article", "body", "column", "content", "main", "shadow", "story", "entry", "text"), List.of(),
      null);
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|"
          + "gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|"
          + "skyscraper|sponsor|shopping|tags|tool|widget|cookie|nav|menu|caption|figure|aside|"
          + "social|subscribe|newsletter|recommend",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMA = Pattern.compile("[,\uFF0C\u060C\u3001]");

  /**
   * The article's paragraphs, in page order; empty when the page holds no article text.
   *
   * @param doc the parsed page; it is changed
   * @param title the headline from the page's metadata, left out of the body; may be null
   */
  public List<String> extract(Document doc, String title) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    Hints hints = new Hints();
    prune(body, hints);
    Element top = topCandidate(body, hints);
    if (top == null) {
      return List.of();
    }
    clean(top, hints);
    List<String> out = new ArrayList<>();
    collect(top, out, new StringBuilder());
    dropHeadline(out, title);
    return out;
  }

  /**
   * The page's class and id words judged once each: a page repeats a few hundred of them over
   * thousands of elements, and the patterns are long alternations.
   */
  private static final class Hints {
    private final Map<String, Boolean> unlikely = new HashMap<>();
    private final Map<String, Integer> weights = new HashMap<>();
    /** The paragraph text under each element of the page, summed once for all of them. */
    private Map<Element, Integer> paragraphText;

    boolean unlikely(String hints) {
      return unlikely.computeIfAbsent(hints, h -> UNLIKELY_LITERALS.find(h) && !MAYBE_LITERALS.find(h));
    }

    int weight(String hint) {
      return weights.computeIfAbsent(hint, h -> (NEGATIVE.matcher(h).find() ? -25 : 0)
          + (POSITIVE.matcher(h).find() ? 25 : 0));
    }

    /**
     * The length of the text in the paragraphs under {@code e} (itself included), as the page
     * stood when {@code root} was first asked about.
     */
    int paragraphText(Element root, Element e) {
      if (paragraphText == null) {
        paragraphText = new IdentityHashMap<>();
        sumParagraphs(root);
      }
      return paragraphText.get(e);
    }

    private int sumParagraphs(Element e) {
      int n = e.normalName().equals("p") ? e.text().length() : 0;
      for (Element child : e.children()) {
        n += sumParagraphs(child);
      }
      paragraphText.put(e, n);
      return n;
    }
  }

  /** Drops hidden and boilerplate subtrees from the whole page. */
  private static void prune(Element root, Hints hints) {
    List<Element> remove = new ArrayList<>();
    root.select("script, style, noscript, template").remove();
    // An element holding half the page's paragraph text is the article, whatever its class says.
    double protect = hints.paragraphText(root, root) * 0.5;
    for (Element e : root.getAllElements()) {
      if (e == root) {
        continue;
      }
      String tag = e.normalName();
      if (DROPPED_TAGS.contains(tag)) {
        if (!STRUCTURAL_TAGS.contains(tag) || hints.paragraphText(root, e) < protect) {
          remove.add(e);
        }
        continue;
      }
      String style = e.attr("style");
      if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
          || !style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
        remove.add(e);
        continue;
      }
      String role = e.attr("role");
      if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
          || role.equals("banner") || role.equals("dialog") || role.equals("menu")) {
        remove.add(e);
        continue;
      }
      if (tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")) {
        continue;
      }
      String words = hints(e);
      if (!words.isEmpty() && hints.unlikely(words) && hints.paragraphText(root, e) < protect) {
        remove.add(e);
      }
    }
    for (Element e : remove) {
      e.remove();
    }
  }

  private static String hints(Element e) {
    String cls = e.className();
    String id = e.id();
    return cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
  }

  /** The element whose paragraphs make up the article, or null. */
  private static Element topCandidate(Element body, Hints hints) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element p : body.getAllElements()) {
      String tag = p.normalName();
      boolean paragraph = PARAGRAPH_TAGS.contains(tag) && !tag.equals("li") && !tag.startsWith("h")
          || (tag.equals("div") && !hasBlockChild(p));
      if (!paragraph) {
        // Text written straight into a container, between its child elements, counts for it.
        if (!PARAGRAPH_TAGS.contains(tag) && !tag.equals("a")) {
          int own = ownTextLength(p);
          if (own >= 25) {
            double points = 1 + Math.min(own / 100, 3);
            scores.merge(p, initialScore(p, hints) + points, Double::sum);
          }
        }
        continue;
      }
      String text = p.text();
      if (text.length() < 25) {
        continue;
      }
      double points = 1 + COMMA.matcher(text).results().count() + Math.min(text.length() / 100, 3);
      Element ancestor = p.parent();
      for (int level = 0; ancestor != null && level < 3; level++) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor, hints));
        }
        double share = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, points / share, Double::sum);
        ancestor = ancestor.parent();
      }
    }
    Map<Element, int[]> lengths = new IdentityHashMap<>();
    count(body, lengths);
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      double s = en.getValue() * (1 - linkDensity(en.getKey(), lengths));
      en.setValue(s);
      if (best == null || s > bestScore) {
        best = en.getKey();
        bestScore = s;
      }
    }
    if (best == null) {
      return null;
    }
    best = trustedContainer(body, best);
    // A container whose parent scores about as well is one part of a larger article.
    Element parent = best.parent();
    double last = scores.getOrDefault(best, 0.0);
    while (parent != null && parent != body && scores.containsKey(parent)) {
      double ps = scores.get(parent);
      if (ps < last * 0.75) {
        break;
      }
      if (ps > last) {
        best = parent;
      }
      last = ps;
      parent = parent.parent();
    }
    return withSiblings(best, scores);
  }

  /**
   * The winner together with its siblings that score nearly as well or are plain paragraphs,
   * as their parent with the other children removed; the winner alone when none joins it.
   */
  private static Element withSiblings(Element best, Map<Element, Double> scores) {
    Element parent = best.parent();
    if (parent == null || parent.normalName().equals("body")) {
      return best;
    }
    double top = scores.getOrDefault(best, 0.0);
    double threshold = Math.max(10, top * 0.2);
    List<Element> keep = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        keep.add(sibling);
        continue;
      }
      double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? top * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s + bonus >= threshold) {
        keep.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double links = linkDensity(sibling);
        if (text.length() > 80 && links < 0.25 || text.length() > 0 && links == 0 && text.matches(".*\\.( |$).*")) {
          keep.add(sibling);
        }
      }
    }
    if (keep.size() < 2) {
      return best;
    }
    for (Element child : new ArrayList<>(parent.children())) {
      if (!keep.contains(child)) {
        child.remove();
      }
    }
    return parent;
  }

  /**
   * The page's own {@code <article>} or {@code <main>} (or an element marked as the article
   * body) around or inside the winner, when it holds most of the winner's text.
   */
  private static Element trustedContainer(Element body, Element best) {
    int bestLength = best.text().length();
    Elements marked = body.select("[itemprop=articleBody], article, [role=main], main");
    long articles = marked.stream().filter(m -> m.normalName().equals("article")).count();
    for (Element m : marked) {
      if (m.normalName().equals("article") && articles > 1 && !m.hasAttr("itemprop")) {
        if (!isAncestorOrSelf(m, best) && !isAncestorOrSelf(best, m)) {
          continue;
        }
      }
      int length = m.text().length();
      if (isAncestorOrSelf(m, best)) {
        // An <article> around the winner: take it when it adds little besides the winner.
        if (m.normalName().equals("article") || m.hasAttr("itemprop")) {
          if (length <= bestLength * 1.3) {
            return m;
          }
        }
      } else if (isAncestorOrSelf(best, m) && length >= bestLength * 0.85 && m.hasAttr("itemprop")) {
        return m;
      }
    }
    return best;
  }

  private static boolean isAncestorOrSelf(Element ancestor, Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(Element e, Hints hints) {
    double s = switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + classWeight(e, hints);
  }

  private static double classWeight(Element e, Hints hints) {
    double w = 0;
    for (String h : new String[] {e.className(), e.id()}) {
      if (!h.isEmpty()) {
        w += hints.weight(h);
      }
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
      w += 50;
    }
    return w;
  }

  private static int ownTextLength(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += t.text().strip().length();
    }
    return n;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCK_TAGS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** The share of an element's text that is link text. */
  static double linkDensity(Element e) {
    return linkDensity(e, null);
  }

  /** As {@link #linkDensity(Element)}, from lengths counted once for the whole tree when given. */
  private static double linkDensity(Element e, Map<Element, int[]> lengths) {
    int[] counted = lengths == null ? null : lengths.get(e);
    if (counted == null) {
      counted = count(e, new IdentityHashMap<>());
    }
    return counted[0] == 0 ? 0 : Math.min(1, (double) counted[1] / counted[0]);
  }

  /**
   * Counts the characters of text and of link text under {@code e}, recording them for every
   * element below, in one pass.
   */
  private static int[] count(Element e, Map<Element, int[]> out) {
    int text = 0;
    int links = 0;
    boolean link = e.normalName().equals("a");
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        int n = t.text().strip().length();
        text += n;
        if (link) {
          links += n;
        }
      } else if (child instanceof Element c) {
        int[] sub = count(c, out);
        text += sub[0];
        links += link ? sub[0] : sub[1];
      }
    }
    int[] result = {text, links};
    out.put(e, result);
    return result;
  }

  /** Drops link lists and short, link-heavy or negatively marked blocks inside the article. */
  private static void clean(Element top, Hints hints) {
    List<Element> remove = new ArrayList<>();
    Map<Element, int[]> lengths = new IdentityHashMap<>();
    count(top, lengths);
    for (Element e : top.getAllElements()) {
      if (e == top) {
        continue;
      }
      String tag = e.normalName();
      if (!(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
          || tag.equals("table") || tag.equals("header") || tag.equals("p") || tag.equals("span")
          || tag.equals("h1"))) {
        continue;
      }
      if (tag.equals("h1")) {
        remove.add(e);
        continue;
      }
      int length = lengths.get(e)[0];
      double links = linkDensity(e, lengths);
      double weight = classWeight(e, hints);
      if (weight < 0 && length < 1000) {
        remove.add(e);
        continue;
      }
      if (tag.equals("p") || tag.equals("span")) {
        if (links > 0.8 && length < 200) {
          remove.add(e);
        }
        continue;
      }
      int paragraphs = e.getElementsByTag("p").size();
      int items = e.getElementsByTag("li").size();
      if (links > 0.5 && length < 2000 || (links > 0.25 && paragraphs < 2 && length < 400)) {
        remove.add(e);
      } else if ((tag.equals("ul") || tag.equals("ol")) && links > 0.35) {
        remove.add(e);
      } else if (!tag.equals("ul") && !tag.equals("ol") && items > paragraphs * 2 + 3 && links > 0.3) {
        remove.add(e);
      }
    }
    for (Element e : remove) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  /** Appends the text of {@code e} to {@code out}, one paragraph per block element. */
  private static void collect(Node node, List<String> out, StringBuilder line) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        line.append(t.getWholeText());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          flush(line, out);
        } else if (BLOCK_TAGS.contains(tag)) {
          flush(line, out);
          collect(e, out, line);
          flush(line, out);
        } else {
          collect(e, out, line);
        }
      }
    }
  }

  private static void flush(StringBuilder line, List<String> out) {
    String s = line.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
    line.setLength(0);
  }

  private static void dropHeadline(List<String> paragraphs, String title) {
    if (title == null || paragraphs.isEmpty()) {
      return;
    }
    String t = title.strip();
    if (paragraphs.get(0).equalsIgnoreCase(t)) {
      paragraphs.remove(0);
    }
  }
}
