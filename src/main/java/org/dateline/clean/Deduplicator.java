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
  private final Set<Digest> seenTeasers = new HashSet<>();
  private final TreeSet<String> openings = new TreeSet<>();
  private final List<Key> heldKeys = new ArrayList<>();
  private final List<Article> heldTeasers = new ArrayList<>();
  private long exactDuplicates;
  private long containedTeasers;
  private boolean drained;

  /**
   * What dedup needs of a record, a few hundred bytes whatever its length: a distributed run
   * makes these where the texts are and offers them here, on one machine, in input order.
   *
   * @param kind article or teaser
   * @param sha256 the SHA-256 of the folded text
   * @param opening the first {@value #OPENING_CHARS} characters of the folded text
   */
  public record Key(ArticleKind kind, byte[] sha256, String opening) implements java.io.Serializable {
    public Key {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(opening, "opening");
      if (sha256.length != 32) {
        throw new IllegalArgumentException("sha256 must have 32 bytes, had " + sha256.length);
      }
    }

    /** The key of a record as it is offered (after cleaning). */
    public static Key of(Article article) {
      Objects.requireNonNull(article, "article");
      String folded = normalize(article.text());
      return new Key(article.kind(), Sha256.of(folded),
          folded.length() > OPENING_CHARS ? folded.substring(0, OPENING_CHARS) : folded);
    }
  }

  /**
   * Offers an article or teaser. Returns true when a full article is new and should be
   * processed now; returns false for duplicates and for teasers, which are held back.
   */
  public boolean offer(Article article) {
    return offer(Key.of(article), article);
  }

  /**
   * Offers a record by its key, as {@link #offer(Article)} does; the teasers it holds back are
   * given by {@link #remainingTeaserKeys()}.
   */
  public boolean offer(Key key) {
    return offer(Objects.requireNonNull(key, "key"), null);
  }

  private boolean offer(Key key, Article article) {
    if (drained) {
      throw new IllegalStateException("remainingTeasers() was already called; create a new Deduplicator per run");
    }
    Digest digest = Digest.of(key.sha256());
    if (key.kind() == ArticleKind.TEASER) {
      if (seenTeasers.add(digest)) {
        heldKeys.add(key);
        heldTeasers.add(article);
      } else {
        exactDuplicates++;
      }
      return false;
    }
    if (!seenArticles.add(digest)) {
      exactDuplicates++;
      return false;
    }
    openings.add(key.opening());
    return true;
  }

  /** The held teasers that open no full article, in the order they were offered. */
  public List<Article> remainingTeasers() {
    return remaining(heldTeasers);
  }

  /**
   * The keys of the held teasers that open no full article, in the order they were offered:
   * the same instances that were offered, so a caller can look them up by identity.
   */
  public List<Key> remainingTeaserKeys() {
    return remaining(heldKeys);
  }

  /** The entries of {@code held} (one of the two parallel lists) whose teaser opens no article. */
  private <T> List<T> remaining(List<T> held) {
    drained = true;
    List<T> kept = new ArrayList<>(held.size());
    for (int i = 0; i < heldKeys.size(); i++) {
      if (opensAnArticle(heldKeys.get(i).opening())) {
        containedTeasers++;
      } else {
        kept.add(held.get(i));
      }
    }
    heldKeys.clear();
    heldTeasers.clear();
    return kept;
  }

  private boolean opensAnArticle(String probe) {
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
    static Digest of(byte[] sha256) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(sha256);
      return new Digest(buf.getLong(), buf.getLong(), buf.getLong(), buf.getLong());
    }
  }
}
