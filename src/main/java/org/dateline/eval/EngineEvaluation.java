package org.dateline.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dateline.annotate.Annotator;
import org.dateline.annotate.Profile;
import org.dateline.annotate.sentiment.NewsScorer;
import org.dateline.model.Gold;
import org.dateline.model.Sentence;
import org.dateline.model.SentenceScore;
import org.dateline.model.SentimentEngineId;
import org.dateline.model.Tone;

/**
 * Scores every sentiment engine of an annotator on rated texts ({@code ratings}) and on
 * NewsMTSC targets ({@code newsmtsc}). The annotator must keep each line as one sentence
 * (see {@link TextScoring}) and compute entities, whose layer gives the clauses. A rated text
 * gets each engine's sentence score. A NewsMTSC target gets the score of the smallest clause
 * around its span, as a mention does in {@code entity_sentiment_by_date.csv}: CoreNLP's
 * probabilities at that clause's node, VADER's score of the clause's text without its names,
 * and the {@code news} model's score with that clause as the target's. Thread-safe if the
 * annotator is.
 */
public final class EngineEvaluation {

  /** Ratings with at least this magnitude count for binary accuracy. */
  public static final double BINARY_MIN_RATING = 1.0;

  private final Annotator annotator;
  private final TextScoring scoring;
  private final NewsScorer news;

  /**
   * @param annotator computes the sentiment layer and splits sentences at line ends only
   * @param threads how many batches to annotate at once, at least 1
   */
  public EngineEvaluation(Annotator annotator, int threads) {
    this(annotator, threads, NewsScorer.bundled());
  }

  /** With another {@code news} scorer than the bundled one. */
  public EngineEvaluation(Annotator annotator, int threads, NewsScorer news) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    this.scoring = new TextScoring(annotator, threads);
    this.news = Objects.requireNonNull(news, "news");
  }

  /** Each engine's score of one text or target. */
  private Map<SentimentEngineId, SentenceScore> scores(Sentence sentence, int from, int to) {
    Map<SentimentEngineId, SentenceScore> out = new EnumMap<>(SentimentEngineId.class);
    for (SentimentEngineId engine : annotator.settings().activeEngines()) {
      Optional<SentenceScore> s = engine == SentimentEngineId.NEWS
          ? Optional.of(news.score(sentence, from, to))
          : sentence.scoreAround(engine, from, to);
      s.ifPresent(score -> out.put(engine, score));
    }
    return out;
  }

  /**
   * Pearson and Spearman correlation of each engine's score with the mean rating, the items
   * scored ({@code n}), and binary accuracy: the share of items rated at least 1 away from 0
   * whose score has the rating's sign (a score of exactly 0 counts as wrong).
   */
  public List<EngineResult> ratings(List<RatingItem> items, String name) {
    Objects.requireNonNull(items, "items");
    List<ItemScores> scores = new ArrayList<>(items.size());
    for (TextScoring.Located l : scoring.annotate(items.stream().map(RatingItem::text).toList(), name)) {
      scores.add(new ItemScores(scores(l.sentence(), -1, -1)));
    }
    List<EngineResult> out = new ArrayList<>();
    Profile profile = annotator.settings().profile();
    for (SentimentEngineId engine : annotator.settings().activeEngines()) {
      List<Prediction> predictions = new ArrayList<>();
      List<double[]> pairs = new ArrayList<>();
      int binary = 0;
      int binaryRight = 0;
      for (int i = 0; i < items.size(); i++) {
        Optional<SentenceScore> s = scores.get(i).of(engine);
        if (s.isEmpty()) {
          continue;
        }
        RatingItem item = items.get(i);
        double score = s.get().score();
        pairs.add(new double[] {item.gold(), score});
        predictions.add(new Prediction(EvalTask.RATINGS, engine, item.id(),
            new Gold.Rating(item.gold()), score, s.get().tone()));
        if (Math.abs(item.gold()) >= BINARY_MIN_RATING) {
          binary++;
          if (Math.signum(score) == Math.signum(item.gold())) {
            binaryRight++;
          }
        }
      }
      double[] gold = pairs.stream().mapToDouble(p -> p[0]).toArray();
      double[] predicted = pairs.stream().mapToDouble(p -> p[1]).toArray();
      EvalTask t = EvalTask.RATINGS;
      List<EvalRow> figures = List.of(
          new EvalRow(profile, engine, t, "pearson", Correlation.pearson(gold, predicted), EvalRow.Kind.COEFFICIENT),
          new EvalRow(profile, engine, t, "spearman", Correlation.spearman(gold, predicted), EvalRow.Kind.COEFFICIENT),
          new EvalRow(profile, engine, t, "n", pairs.size(), EvalRow.Kind.COUNT),
          new EvalRow(profile, engine, t, "accuracy_binary", percent(binaryRight, binary), EvalRow.Kind.PERCENT),
          new EvalRow(profile, engine, t, "n_binary", binary, EvalRow.Kind.COUNT));
      out.add(new EngineResult(profile, engine, t, figures, predictions));
    }
    return out;
  }

  /**
   * Macro-F1 over negative, neutral and positive (the mean of the three classes' F1), accuracy,
   * each class's F1 and the targets scored ({@code n}). Each distinct sentence is annotated once.
   */
  public List<EngineResult> newsMtsc(List<TargetItem> items, String name) {
    Objects.requireNonNull(items, "items");
    Map<String, Integer> sentenceIndex = new LinkedHashMap<>();
    for (TargetItem item : items) {
      sentenceIndex.putIfAbsent(item.sentence(), sentenceIndex.size());
    }
    List<TextScoring.Located> located = scoring.annotate(List.copyOf(sentenceIndex.keySet()), name);
    List<ItemScores> scores = new ArrayList<>(items.size());
    for (TargetItem item : items) {
      TextScoring.Located l = located.get(sentenceIndex.get(item.sentence()));
      int[] span = l.tokens(item.from(), item.to());
      scores.add(new ItemScores(span == null ? scores(l.sentence(), -1, -1) : scores(l.sentence(), span[0], span[1])));
    }
    List<EngineResult> out = new ArrayList<>();
    Profile profile = annotator.settings().profile();
    for (SentimentEngineId engine : annotator.settings().activeEngines()) {
      List<Prediction> predictions = new ArrayList<>();
      int[][] confusion = new int[3][3];
      for (int i = 0; i < items.size(); i++) {
        TargetItem item = items.get(i);
        Optional<SentenceScore> s = scores.get(i).of(engine);
        if (s.isEmpty()) {
          continue;
        }
        confusion[item.gold().ordinal()][s.get().tone().ordinal()]++;
        predictions.add(new Prediction(EvalTask.NEWSMTSC, engine, item.id(), new Gold.Label(item.gold()),
            s.get().score(), s.get().tone()));
      }
      EvalTask t = EvalTask.NEWSMTSC;
      List<EvalRow> figures = new ArrayList<>();
      double f1Sum = 0;
      List<EvalRow> perClass = new ArrayList<>();
      int right = 0;
      for (Tone tone : Tone.values()) {
        int k = tone.ordinal();
        int tp = confusion[k][k];
        right += tp;
        int predicted = confusion[0][k] + confusion[1][k] + confusion[2][k];
        int gold = confusion[k][0] + confusion[k][1] + confusion[k][2];
        double f1 = predicted + gold == 0 ? 0 : 200.0 * tp / (predicted + gold);
        f1Sum += f1;
        perClass.add(new EvalRow(profile, engine, t, "f1_" + tone.label(), f1, EvalRow.Kind.PERCENT));
      }
      figures.add(new EvalRow(profile, engine, t, "macro_f1", f1Sum / 3, EvalRow.Kind.PERCENT));
      figures.add(new EvalRow(profile, engine, t, "accuracy", percent(right, predictions.size()), EvalRow.Kind.PERCENT));
      figures.add(new EvalRow(profile, engine, t, "n", predictions.size(), EvalRow.Kind.COUNT));
      figures.addAll(perClass);
      out.add(new EngineResult(profile, engine, t, figures, predictions));
    }
    return out;
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? Double.NaN : 100.0 * part / whole;
  }
}
