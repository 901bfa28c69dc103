package org.dateline.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dateline.io.Sha256;
import org.dateline.model.Article;
import org.dateline.model.ArticleKind;

/**
 * Drops duplicates across a whole corpus, keeping the first copy in input order.
 *
 * <ul>
 *   <li>An article whose text equals an earlier article's text is an exact duplicate.
 *   <li>A teaser whose text equals an earlier teaser's is an exact duplicate (the same teaser
 *       list recurs on every scraped page).
 *   <li>A teaser whose text is the opening of any full article of the corpus is contained in
 *       it. Since that article may come later in the input, teasers are held back until
 *       {@link #remainingTeasers()}, which is called once all articles have been offered.
 * </ul>
 *
 * <p>Texts are compared after folding case and whitespace. Memory: a 32-byte digest per
 * article plus the opening of each article and the held teasers. Not thread-safe: the
 * pipeline offers articles from one thread, in input order, which keeps results deterministic.
 */
public final class Deduplicator {

  /** How much of an article's opening is kept to test teasers against. */
  static final int OPENING_CHARS = 600;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final Set<Digest> seenArticles = new HashSet<>();
  private final Set<String> seenTeasers = new HashSet<>();
  private final TreeSet<String> openings = new TreeSet<>();
  private final List<Article> heldTeasers = new ArrayList<>();
  private long exactDuplicates;
  private long containedTeasers;
  private boolean drained;

  /**
   * Offers an article or teaser. Returns true when a full article is new and should be
   * processed now; returns false for duplicates and for teasers, which are held back.
   */
  public boolean offer(Article article) {
    Objects.requireNonNull(article, "article");
    if (drained) {
      throw new IllegalStateException("remainingTeasers() was already called; create a new Deduplicator per run");
    }
    String key = normalize(article.text());
    if (article.kind() == ArticleKind.TEASER) {
      if (seenTeasers.add(key)) {
        heldTeasers.add(article);
      } else {
        exactDuplicates++;
      }
      return false;
    }
    if (!seenArticles.add(Digest.of(key))) {
      exactDuplicates++;
      return false;
    }
    openings.add(key.length() > OPENING_CHARS ? key.substring(0, OPENING_CHARS) : key);
    return true;
  }

  /** The held teasers that open no full article, in the order they were offered. */
  public List<Article> remainingTeasers() {
    drained = true;
    List<Article> kept = new ArrayList<>(heldTeasers.size());
    for (Article teaser : heldTeasers) {
      if (opensAnArticle(normalize(teaser.text()))) {
        containedTeasers++;
      } else {
        kept.add(teaser);
      }
    }
    heldTeasers.clear();
    return kept;
  }

  private boolean opensAnArticle(String teaser) {
    String probe = teaser.length() > OPENING_CHARS ? teaser.substring(0, OPENING_CHARS) : teaser;
    // Every string that starts with probe sorts at or after it, and before any string that
    // does not; so the least opening not below probe is the only one to look at.
    String candidate = openings.ceiling(probe);
    return candidate != null && candidate.startsWith(probe);
  }

  /** Articles and teasers dropped because the same text came earlier. */
  public long exactDuplicates() {
    return exactDuplicates;
  }

  /** Teasers dropped because their text opens a full article of the corpus. */
  public long containedTeasers() {
    return containedTeasers;
  }

  static String normalize(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private record Digest(long a, long b, long c, long d) {
    static Digest of(String text) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(Sha256.of(text));
      return new Digest(buf.getLong(), buf.getLong(), buf.getLong(), buf.getLong());
    }
  }
}
