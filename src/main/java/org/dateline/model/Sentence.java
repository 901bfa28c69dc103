package org.dateline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * One annotated sentence.
 *
 * @param tokens the tokens in order (unmodifiable)
 * @param sentiment CoreNLP's sentence sentiment class, or null when CoreNLP's model was not run
 *     or the sentence was longer than the parse-length cap
 * @param probabilities CoreNLP's five class probabilities, or null when it gave none
 * @param scores one score per engine that scored the sentence, in engine order (unmodifiable)
 * @param clauses the sentence's clauses smaller than the whole sentence, with their own scores,
 *     ordered by begin, then end descending (unmodifiable; empty when the sentence is one clause
 *     or no engine scored its parts)
 * @param phrases the nodes of CoreNLP's sentiment tree over two tokens or more, below the root,
 *     ordered as the clauses (unmodifiable; empty without a parse)
 * @param targets the scores of the tone towards the sentence's entity mentions by engines that
 *     score a mention on its own, ordered as the clauses (unmodifiable; empty unless the
 *     {@code news} engine ran over mentions)
 */
public record Sentence(List<Token> tokens, Sentiment sentiment, ClassProbabilities probabilities,
    List<SentenceScore> scores, List<Clause> clauses, List<Phrase> phrases, List<TargetScore> targets) {

  public Sentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    scores = EngineScores.ordered(scores, "a sentence");
    clauses = ordered(clauses, "clause", Clause::begin, Clause::end, tokens.size());
    phrases = ordered(phrases, "phrase", Phrase::begin, Phrase::end, tokens.size());
    targets = ordered(targets, "target", TargetScore::begin, TargetScore::end, tokens.size());
  }

  /** The spans ordered by begin, then end descending, each checked to end within the sentence. */
  private static <T> List<T> ordered(List<T> spans, String what, ToIntFunction<T> begin, ToIntFunction<T> end,
      int size) {
    List<T> out = new ArrayList<>(Objects.requireNonNull(spans, what + "s"));
    for (T t : out) {
      if (end.applyAsInt(t) > size) {
        throw new IllegalArgumentException(what + " " + begin.applyAsInt(t) + " .. " + end.applyAsInt(t)
            + " reaches past the sentence's " + size + " tokens");
      }
    }
    out.sort(Comparator.comparingInt(begin).thenComparing(Comparator.comparingInt(end).reversed()));
    return List.copyOf(out);
  }

  /** A sentence without scores of its mentions of their own. */
  public Sentence(List<Token> tokens, Sentiment sentiment, ClassProbabilities probabilities,
      List<SentenceScore> scores, List<Clause> clauses, List<Phrase> phrases) {
    this(tokens, sentiment, probabilities, scores, clauses, phrases, List.of());
  }

  /** A sentence without phrases: annotated without a parse, or by a source that keeps none. */
  public Sentence(List<Token> tokens, Sentiment sentiment, ClassProbabilities probabilities,
      List<SentenceScore> scores, List<Clause> clauses) {
    this(tokens, sentiment, probabilities, scores, clauses, List.of());
  }

  /** A sentence without clause scores. */
  public Sentence(List<Token> tokens, Sentiment sentiment, ClassProbabilities probabilities,
      List<SentenceScore> scores) {
    this(tokens, sentiment, probabilities, scores, List.of());
  }

  /**
   * A sentence with at most CoreNLP's class; its CoreNLP score is then the class minus 2, for
   * sources that give the class without probabilities.
   */
  public Sentence(List<Token> tokens, Sentiment sentiment) {
    this(tokens, sentiment, null, sentiment == null ? List.of()
        : List.of(new SentenceScore(SentimentEngineId.CORENLP, sentiment.score(), Tone.of(sentiment))));
  }

  /** The engine's score of this sentence, empty when that engine did not score it. */
  public Optional<SentenceScore> score(SentimentEngineId engine) {
    for (SentenceScore s : scores) {
      if (s.engine() == engine) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The engine's score of the mention at exactly tokens {@code from .. to - 1} when the engine
   * scored it on its own ({@link #targets}); else of the smallest clause that holds every token
   * of it (the first such clause on a tie), or of the whole sentence when no smaller clause
   * does; empty when the engine scored none of them. Indexes out of range give the sentence's
   * score.
   */
  public Optional<SentenceScore> scoreAround(SentimentEngineId engine, int from, int to) {
    Objects.requireNonNull(engine, "engine");
    for (TargetScore t : targets) {
      if (t.begin() == from && t.end() == to) {
        Optional<SentenceScore> s = t.score(engine);
        if (s.isPresent()) {
          return s;
        }
      }
    }
    SentenceScore best = null;
    int bestLength = Integer.MAX_VALUE;
    if (from >= 0 && to > from) {
      for (Clause c : clauses) {
        if (c.length() < bestLength && c.contains(from, to)) {
          Optional<SentenceScore> s = c.score(engine);
          if (s.isPresent()) {
            best = s.get();
            bestLength = c.length();
          }
        }
      }
    }
    return best != null ? Optional.of(best) : score(engine);
  }

  /** This sentence with other tokens (the same words moved, for instance), every score kept. */
  public Sentence withTokens(List<Token> value) {
    return new Sentence(value, sentiment, probabilities, scores, clauses, phrases, targets);
  }
}
