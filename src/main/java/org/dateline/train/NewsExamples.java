package org.dateline.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.EnumSet;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.AnnotatorSettings;
import org.dateline.annotate.Layers;
import org.dateline.model.Gold;
import org.dateline.model.SentimentEngineId;
import org.dateline.annotate.sentiment.NewsFeatures;
import org.dateline.annotate.sentiment.NewsGrams;
import org.dateline.annotate.sentiment.TokenSpan;
import org.dateline.eval.RatingItem;
import org.dateline.eval.TargetItem;
import org.dateline.eval.TextScoring;

/**
 * Turns the shared gold sets into {@link NewsExample}s: each rated sentence is scored without a
 * target, each NewsMTSC target from the smallest clause around its span. Each distinct
 * sentence is annotated once. Thread-safe if the annotator is.
 */
public final class NewsExamples {

  /**
   * What the annotator must compute: CoreNLP's model and VADER under the sentiment layer, which
   * includes the entities that mask names and give the clauses.
   */
  public static final AnnotatorSettings SETTINGS = AnnotatorSettings.defaults().withLayers(Layers.SENTIMENT)
      .withEngines(EnumSet.of(SentimentEngineId.CORENLP, SentimentEngineId.VADER));

  private final TextScoring scoring;
  private final NewsFeatures features;
  private final NewsGrams grams;

  /**
   * @param annotator runs CoreNLP's model and VADER, with entities (for the clauses), and keeps
   *     each line as one sentence
   * @param threads how many batches to annotate at once, at least 1
   */
  public NewsExamples(Annotator annotator, int threads, NewsFeatures features, NewsGrams grams) {
    this.scoring = new TextScoring(Objects.requireNonNull(annotator, "annotator"), threads);
    this.features = Objects.requireNonNull(features, "features");
    this.grams = Objects.requireNonNull(grams, "grams");
  }

  public List<NewsExample> ratings(List<RatingItem> items, String name) {
    Objects.requireNonNull(items, "items");
    List<TextScoring.Located> located = scoring.annotate(items.stream().map(RatingItem::text).toList(), name);
    List<NewsExample> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      RatingItem item = items.get(i);
      var sentence = located.get(i).sentence();
      out.add(new NewsExample(item.id(), item.text(), features.of(sentence, null),
          grams.grams(sentence, -1, -1), new Gold.Rating(item.gold())));
    }
    return out;
  }

  public List<NewsExample> targets(List<TargetItem> items, String name) {
    Objects.requireNonNull(items, "items");
    Map<String, Integer> sentenceIndex = new LinkedHashMap<>();
    for (TargetItem item : items) {
      sentenceIndex.putIfAbsent(item.sentence(), sentenceIndex.size());
    }
    List<TextScoring.Located> located = scoring.annotate(List.copyOf(sentenceIndex.keySet()), name);
    List<NewsExample> out = new ArrayList<>(items.size());
    for (TargetItem item : items) {
      TextScoring.Located l = located.get(sentenceIndex.get(item.sentence()));
      int[] span = l.tokens(item.from(), item.to());
      TokenSpan target = span == null ? null : new TokenSpan(span[0], span[1]);
      out.add(new NewsExample(item.id(), item.sentence(), features.ofTarget(l.sentence(), target),
          span == null ? grams.grams(l.sentence(), -1, -1) : grams.grams(l.sentence(), span[0], span[1]),
          new Gold.Label(item.gold())));
    }
    return out;
  }
}
