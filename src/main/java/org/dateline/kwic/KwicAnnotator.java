package org.dateline.kwic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Engine;
import org.dateline.model.AnnotatedArticle;
import org.dateline.model.Article;
import org.dateline.model.Sentence;
import org.dateline.model.Token;

/**
 * Wraps a tokenizing annotator and collects the concordance rows of every article it sees, so
 * that a {@link org.dateline.pipeline.Pipeline} run (same loaders, cleaning, dedup and language
 * check as {@code dateline run}) yields them. A text long enough to be annotated in pieces
 * keeps counting positions across the pieces; a window does not reach across a piece boundary.
 *
 * <p>Thread-safe: the pipeline's workers call {@link #annotate} concurrently, and the pieces of
 * one text come from one worker, in order.
 */
public final class KwicAnnotator implements Annotator {
  private final Annotator tokenizer;
  private final Concordance concordance;
  private final Map<String, Found> found = new ConcurrentHashMap<>();

  private static final class Found {
    final List<KwicRow> rows = new ArrayList<>();
    int tokens;
  }

  public KwicAnnotator(Annotator tokenizer, Concordance concordance) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.concordance = Objects.requireNonNull(concordance, "concordance");
  }

  /** The key rows are kept under: a document's origin and id. */
  public static String key(String origin, String docId) {
    return origin + '\u0000' + docId;
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    AnnotatedArticle a = tokenizer.annotate(article);
    List<String> words = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        words.add(t.word());
      }
    }
    String origin = article.origin().toString();
    Found f = found.computeIfAbsent(key(origin, article.id()), k -> new Found());
    f.rows.addAll(concordance.find(article.id(), article.date(), origin, words, f.tokens));
    f.tokens += words.size();
    return a;
  }

  /** The rows found in the document with this {@link #key}; empty when none. */
  public List<KwicRow> rows(String key) {
    Found f = found.get(key);
    return f == null ? List.of() : List.copyOf(f.rows);
  }

  @Override
  public AnnotatorSettings settings() {
    return tokenizer.settings();
  }

  @Override
  public Engine engine() {
    return tokenizer.engine();
  }
}
