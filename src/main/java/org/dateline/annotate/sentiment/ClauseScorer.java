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
 * spacing are as the engines expect), with one change: the words of named entities (tokens
 * with an NER label) are left out. Clause scores serve the tone towards entities, and names
 * carry lexicon valence that is no one's tone: VADER rates "United" +1.8, so "the United
 * States was condemned" would come out neutral with the name and negative without it.
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

  /**
   * The whole sentence as a clause scored without its names, so that a mention outside every
   * smaller clause gets a tone free of names too; empty when the sentence has no named token
   * (its own scores are then the same) or no engine runs.
   */
  public List<Clause> wholeSentence(List<Token> tokens, String documentText) {
    if (engines.isEmpty() || tokens.isEmpty() || !hasName(tokens)) {
      return List.of();
    }
    return List.of(new Clause(0, tokens.size(), null, score(tokens, 0, tokens.size(), documentText)));
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
    boolean offsets = true;
    for (int i = begin; i < end; i++) {
      Token t = tokens.get(i);
      offsets &= t.hasOffsets() && t.end() <= documentText.length();
    }
    StringBuilder text = new StringBuilder();
    for (int i = begin; i < end; i++) {
      Token t = tokens.get(i);
      if (i > begin) {
        // the space between the tokens as written (none in "workers," or "U.S.-led")
        Token previous = tokens.get(i - 1);
        text.append(offsets && previous.end() <= t.begin() ? documentText.substring(previous.end(), t.begin()) : " ");
      }
      if (!named(t)) {
        text.append(offsets ? documentText.substring(t.begin(), t.end()) : t.word());
      }
    }
    return text.toString().strip();
  }

  private static boolean named(Token t) {
    return !t.ner().isEmpty() && !t.ner().equals("O");
  }

  private static boolean hasName(List<Token> tokens) {
    for (Token t : tokens) {
      if (named(t)) {
        return true;
      }
    }
    return false;
  }
}
