package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with its annotations. Immutable.
 *
 * @param article the article as loaded and cleaned
 * @param sentences the sentences in order
 * @param mentions entity mentions in text order; empty when entities were not asked for
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> mentions) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
  }

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      n += s.tokens().size();
    }
    return n;
  }
}
