package org.dateline.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One annotated sentence.
 *
 * @param tokens the tokens in order (unmodifiable)
 * @param sentiment CoreNLP's sentence sentiment class, or null when CoreNLP's model was not run
 *     or the sentence was longer than the parse-length cap
 * @param probabilities CoreNLP's five class probabilities, or null when it gave none
 * @param scores one score per engine that scored the sentence, in engine order (unmodifiable)
 */
public record Sentence(
    List<Token> tokens, Sentiment sentiment, ClassProbabilities probabilities, List<SentenceScore> scores) {

  public Sentence {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
    List<SentenceScore> sorted = new ArrayList<>(Objects.requireNonNull(scores, "scores"));
    sorted.sort(Comparator.comparing(SentenceScore::engine));
    EnumSet<SentimentEngineId> seen = EnumSet.noneOf(SentimentEngineId.class);
    for (SentenceScore s : sorted) {
      if (!seen.add(s.engine())) {
        throw new IllegalArgumentException("a sentence has one score per engine, but "
            + s.engine().label() + " scored it twice: " + scores);
      }
    }
    scores = List.copyOf(sorted);
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

  /** This sentence with other tokens (the same words moved, for instance), every score kept. */
  public Sentence withTokens(List<Token> value) {
    return new Sentence(value, sentiment, probabilities, scores);
  }
}
