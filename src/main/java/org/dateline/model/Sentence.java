package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * One annotated sentence.
 *
 * @param tokens the tokens in order (unmodifiable)
 * @param sentiment the sentence sentiment, or null when sentiment was not asked for or the
 *     sentence was longer than the parse-length cap
 */
public record Sentence(List<Token> tokens, Sentiment sentiment) {
  public Sentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
  }
}
