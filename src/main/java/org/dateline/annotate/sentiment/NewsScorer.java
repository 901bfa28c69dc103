package org.dateline.annotate.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.annotate.embed.SentenceEncoder;
import org.dateline.annotate.embed.SentenceVectors;
import org.dateline.model.Clause;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;

/**
 * The {@code news} engine at work: a {@link NewsModel} applied to the {@link NewsFeatures} and
 * {@link NewsGrams} of a sentence and its targets. Thread-safe if the sentence vectors are.
 */
public final class NewsScorer {

  private final NewsModel model;
  private final SentenceVectors vectors;
  private final NewsFeatures features;
  private final NewsGrams grams;

  /**
   * @param lexicon gives the words' valence to the features and the n-grams
   * @param vectors gives the sentence vectors the model was trained on
   */
  public NewsScorer(NewsModel model, VaderLexicon lexicon, SentenceVectors vectors) {
    this.model = Objects.requireNonNull(model, "model");
    this.vectors = Objects.requireNonNull(vectors, "vectors");
    this.features = new NewsFeatures(lexicon, vectors);
    this.grams = new NewsGrams(lexicon);
  }

  /** The bundled model and lexicon over {@code vectors}. */
  public static NewsScorer bundled(SentenceVectors vectors) {
    return new NewsScorer(NewsModel.bundled(), VaderLexicon.bundled(), vectors);
  }

  /** The bundled model and lexicon over the encoder the model was trained with. */
  public static NewsScorer bundled() {
    return bundled(SentenceEncoder.shared());
  }

  public NewsModel model() {
    return model;
  }

  /** The encoder of the sentence vectors, as {@link SentenceVectors#model()} names it. */
  public String vectorsModel() {
    return vectors.model();
  }

  /**
   * The sentence's tone towards a target whose smallest surrounding clause is {@code target}
   * (null for the sentence's own tone); named tokens are masked in the n-grams.
   */
  public SentenceScore score(Sentence sentence, Clause target) {
    return model.score(features.of(sentence, target), grams.grams(sentence, -1, -1));
  }

  /**
   * The sentence's own tone, then its tone towards a target in each of its clauses (in the
   * order of {@link Sentence#clauses()}, as {@link #score(Sentence, Clause)}), then towards each
   * of {@code targets} (tokens within the sentence, in their order, as
   * {@link #score(Sentence, int, int)}), with the sentence's features (its vector above all)
   * worked out once for all of them.
   */
  public List<SentenceScore> scoreAll(Sentence sentence, List<TokenSpan> targets) {
    NewsFeatures.SentencePart part = features.sentencePart(sentence);
    List<String> sentenceGrams = grams.grams(sentence, -1, -1);
    List<SentenceScore> out = new ArrayList<>(1 + sentence.clauses().size() + targets.size());
    out.add(model.score(features.of(sentence, part, null), sentenceGrams));
    for (Clause c : sentence.clauses()) {
      out.add(model.score(features.of(sentence, part, c), sentenceGrams));
    }
    for (TokenSpan t : targets) {
      out.add(scoreTarget(sentence, part, t));
    }
    return out;
  }

  /**
   * The tone towards the target at tokens {@code from .. to - 1}, whose tokens are masked in
   * the n-grams as names are.
   */
  public SentenceScore score(Sentence sentence, int from, int to) {
    TokenSpan target = from >= 0 && to > from && to <= sentence.tokens().size() ? new TokenSpan(from, to) : null;
    if (target == null) {
      return model.score(features.ofTarget(sentence, null), grams.grams(sentence, from, to));
    }
    return scoreTarget(sentence, features.sentencePart(sentence), target);
  }

  /** The target's place in the parse is found once, for its features and its n-grams alike. */
  private SentenceScore scoreTarget(Sentence sentence, NewsFeatures.SentencePart part, TokenSpan target) {
    TargetPlace place = TargetPlace.of(sentence, target.from(), target.to());
    return model.score(features.ofTarget(sentence, part, target, place),
        grams.grams(sentence, target.from(), target.to(), place));
  }
}
