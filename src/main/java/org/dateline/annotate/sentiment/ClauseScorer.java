package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.model.Clause;
import org.dateline.model.SentenceScore;
import org.dateline.model.Token;

/**
 * Scores the clauses of a sentence with the text engines, on each clause's text as written
 * (the stretch of the document from its first token to its last, so capitals, punctuation and
 * spacing are as the engines expect).
 *
 * <p>Immutable and thread-safe, as the engines are.
 */
public final class ClauseScorer {
  private final List<SentimentEngine> engines;

  public ClauseScorer(List<SentimentEngine> engines) {
    this.engines = List.copyOf(Objects.requireNonNull(engines, "engines"));
  }

  /** Whether any engine will score a clause. */
  public boolean isEmpty() {
    return engines.isEmpty();
  }

  /**
   * Every engine's score of tokens {@code begin .. end - 1}; their text is cut from
   * {@code documentText} by the tokens' offsets, or is the words joined by spaces when the
   * tokens have none.
   */
  public List<SentenceScore> score(List<Token> tokens, int begin, int end, String documentText) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(documentText, "documentText");
    String text = text(tokens, begin, end, documentText);
    List<SentenceScore> scores = new ArrayList<>(engines.size());
    for (SentimentEngine engine : engines) {
      scores.add(engine.score(text));
    }
    return scores;
  }

  /** The sentence's {@link PunctuationClauses}, each scored by every engine; empty when it is one clause. */
  public List<Clause> punctuationClauses(List<Token> tokens, String documentText) {
    if (engines.isEmpty()) {
      return List.of();
    }
    List<Clause> clauses = new ArrayList<>();
    for (PunctuationClauses.Span span : PunctuationClauses.of(tokens)) {
      clauses.add(new Clause(span.begin(), span.end(), null,
          score(tokens, span.begin(), span.end(), documentText)));
    }
    return clauses;
  }

  static String text(List<Token> tokens, int begin, int end, String documentText) {
    Token first = tokens.get(begin);
    Token last = tokens.get(end - 1);
    if (first.hasOffsets() && last.hasOffsets() && last.end() <= documentText.length()) {
      return documentText.substring(first.begin(), last.end());
    }
    StringBuilder joined = new StringBuilder();
    for (int i = begin; i < end; i++) {
      if (i > begin) {
        joined.append(' ');
      }
      joined.append(tokens.get(i).word());
    }
    return joined.toString();
  }
}
