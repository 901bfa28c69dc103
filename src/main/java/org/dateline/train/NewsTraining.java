package org.dateline.train;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.dateline.annotate.sentiment.NewsFeatures;
import org.dateline.annotate.sentiment.NewsGrams;
import org.dateline.annotate.sentiment.NewsModel;
import org.dateline.eval.Correlation;
import org.dateline.eval.Split;
import org.dateline.model.Gold;

/**
 * Fits the {@code news} engine: one {@link SoftmaxRegression} over negative / neutral /
 * positive, trained on NewsMTSC targets and on NYT rated sentences together (a rating of
 * {@link #RATING_BAND} or more counts as positive, of minus that or less as negative, else
 * neutral), on the {@link Split#TRAIN} items only. Its inputs are the standardised
 * {@link NewsFeatures} and the presence of each word n-gram that occurs in at least
 * {@link #MIN_ITEMS} training items. The n-grams' penalty and the weight of a rated sentence
 * against a labelled target are chosen by {@value #FOLDS}-fold cross-validation on the
 * training items (folds by a hash of the text, so copies of a sentence stay together),
 * maximising the mean of the NYT Pearson correlation (of P(positive) - P(negative)) and the
 * NewsMTSC macro-F1 (as a fraction). The held-out items are scored once, by the final model.
 *
 * <p>Deterministic: the same examples give the same model, bit for bit. Not thread-safe.
 */
public final class NewsTraining {

  /** The command that reproduces the bundled model from the worktree, as its file records it. */
  public static final String REPRODUCE = "sh target/dateline train-news --ratings ../shared/gold/nyt-editorials/dev.tsv"
      + " --newsmtsc ../shared/gold/newsmtsc/train.jsonl -o src/main/resources/org/dateline/annotate/sentiment/news-model.tsv";

  /** Ratings at least this far from 0 count as positive or negative. */
  public static final double RATING_BAND = 0.5;

  /** An n-gram is a feature when at least this many training items have it. */
  public static final int MIN_ITEMS = 3;

  /** The penalty of the dense features. */
  public static final double DENSE_PENALTY = 1e-3;

  /**
   * The penalty of the target's n-grams ({@link NewsGrams#isTargetGram}: its window and its
   * place in the parse), chosen by cross-validation on the training split: fewer and each more
   * telling than the sentence's, they are held less tight.
   */
  public static final double TARGET_GRAM_PENALTY = 1e-3;

  /**
   * The penalty of the sentence's vector ({@link NewsFeatures#EMBEDDING}), chosen by
   * cross-validation on the training split: 384 values that together say much, each little,
   * held tighter than the other dense features.
   */
  public static final double EMBEDDING_PENALTY = 0.1;

  /**
   * The penalties of the sentence's n-grams tried. A grid of two: with the sentence's vector
   * each fit is slow, and a wider grid chose among these.
   */
  public static final double[] GRAM_PENALTIES = {3e-3, 1e-2};

  /** The weights of a rated sentence, relative to a labelled target, tried; a wider grid chose 2. */
  public static final double[] RATING_WEIGHTS = {2};

  static final int FOLDS = 5;

  /** Figures of one model on one set of items. */
  public record Figures(double pearson, double spearman, int ratings, double macroF1, double accuracy, int targets) {
    public String format() {
      return String.format(Locale.ROOT,
          "ratings pearson %.4f spearman %.4f n %d; newsmtsc macro_f1 %.2f accuracy %.2f n %d",
          pearson, spearman, ratings, macroF1, accuracy, targets);
    }
  }

  /** The trained model with its chosen settings and figures. */
  public record Result(NewsModel model, double gramPenalty, double ratingWeight, Figures crossValidated,
      Figures heldOut, int trainItems, int heldOutItems, int grams) {}

  private NewsTraining() {}

  /**
   * Fits the model on the training items of {@code examples} and scores it on their held-out ones.
   *
   * @param encoder names the encoder of the examples' sentence vectors, written into the model's comments
   * @param reproduce the command that reproduces the model, written into its comments
   * @param progress receives a line per setting tried
   */
  public static Result train(List<NewsExample> examples, String encoder, String reproduce, Consumer<String> progress) {
    Objects.requireNonNull(examples, "examples");
    Objects.requireNonNull(encoder, "encoder");
    Halves halves = Halves.of(examples);
    List<NewsExample> train = halves.train();
    Columns columns = Columns.of(train);
    Choice choice = crossValidate(train, columns, folds(train), progress);
    SoftmaxRegression.Fit best = fit(train, columns, choice.gramPenalty(), choice.ratingWeight());
    Figures heldFigures = figures(halves.heldOut(), probabilities(best, columns, halves.heldOut()));
    List<String> comments = comments(encoder, reproduce, halves, columns.vocabulary().size(), choice, heldFigures);
    return new Result(columns.toModel(best, comments), choice.gramPenalty(), choice.ratingWeight(), choice.figures(),
        heldFigures, train.size(), halves.heldOut().size(), columns.vocabulary().size());
  }

  /** The examples on each side of the {@link Split}. */
  private record Halves(List<NewsExample> train, List<NewsExample> heldOut) {
    static Halves of(List<NewsExample> examples) {
      List<NewsExample> train = new ArrayList<>();
      List<NewsExample> heldOut = new ArrayList<>();
      for (NewsExample e : examples) {
        (Split.heldOut(e.text()) ? heldOut : train).add(e);
      }
      if (train.isEmpty()) {
        throw new IllegalArgumentException("no training items: every one of the " + examples.size()
            + " items is held out");
      }
      return new Halves(train, heldOut);
    }
  }

  /** Each training item's fold: a hash of its text, so copies of a sentence stay together. */
  private static int[] folds(List<NewsExample> train) {
    int[] fold = new int[train.size()];
    for (int i = 0; i < train.size(); i++) {
      CRC32 crc = new CRC32();
      crc.update(train.get(i).text().getBytes(StandardCharsets.UTF_8));
      // the split took the hash modulo 5; the quotient is independent of it
      fold[i] = (int) (crc.getValue() / Split.PARTS % FOLDS);
    }
    return fold;
  }

  /** The settings cross-validation chose, with their cross-validated figures. */
  private record Choice(double gramPenalty, double ratingWeight, Figures figures) {}

  /**
   * Tries every n-gram penalty and rating weight, fitting on all folds but one and scoring the
   * one left out, and keeps the best by the mean of the NYT Pearson correlation and the NewsMTSC
   * macro-F1; the first on a tie.
   */
  private static Choice crossValidate(List<NewsExample> train, Columns columns, int[] fold,
      Consumer<String> progress) {
    double bestCriterion = Double.NEGATIVE_INFINITY;
    Choice best = new Choice(GRAM_PENALTIES[0], RATING_WEIGHTS[0], null);
    for (double penalty : GRAM_PENALTIES) {
      for (double ratingWeight : RATING_WEIGHTS) {
        Figures figures = figures(train, outOfFold(train, columns, fold, penalty, ratingWeight));
        double criterion = (figures.pearson() + figures.macroF1() / 100) / 2;
        progress.accept(String.format(Locale.ROOT, "n-gram penalty %s, rating weight %s: cross-validated %s",
            penalty, ratingWeight, figures.format()));
        if (criterion > bestCriterion) {
          bestCriterion = criterion;
          best = new Choice(penalty, ratingWeight, figures);
        }
      }
    }
    return best;
  }

  /** Each training item's probabilities from the fit on the other folds. */
  private static double[][] outOfFold(List<NewsExample> train, Columns columns, int[] fold, double penalty,
      double ratingWeight) {
    double[][] out = new double[train.size()][];
    for (int f = 0; f < FOLDS; f++) {
      List<NewsExample> fit = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) {
        if (fold[i] != f) {
          fit.add(train.get(i));
        }
      }
      SoftmaxRegression.Fit model = fit(fit, columns, penalty, ratingWeight);
      for (int i = 0; i < train.size(); i++) {
        if (fold[i] == f) {
          out[i] = model.probabilities(columns.row(train.get(i), 1));
        }
      }
    }
    return out;
  }

  private static double[][] probabilities(SoftmaxRegression.Fit fit, Columns columns, List<NewsExample> items) {
    double[][] out = new double[items.size()][];
    for (int i = 0; i < items.size(); i++) {
      out[i] = fit.probabilities(columns.row(items.get(i), 1));
    }
    return out;
  }

  /** The model file's comments: what the model is, how it was trained, its figures and how to reproduce it. */
  private static List<String> comments(String encoder, String reproduce, Halves halves, int grams, Choice choice,
      Figures heldOut) {
    return List.of(
        "The news sentiment engine: multinomial logistic regression over negative/neutral/positive, trained on",
        "NewsMTSC targets and NYT ratings (|rating| >= " + RATING_BAND + " polar) together, over the features below",
        "(raw scale) and the presence of word n-grams with names and the target masked, and of the words within "
            + NewsGrams.WINDOW,
        "tokens left (L:) and right (R:) of the target, the nearest (L1:, R1:), START for a target opening the sentence,",
        "and the target's place in CoreNLP's sentiment tree (P:subject, P:object, P:pp, P:np, P:possessive, P:other).",
        "The embedding_ features are the sentence's vector from " + encoder + ".",
        "Score = P(positive) - P(negative); tone = the most probable class.",
        String.format(Locale.ROOT, "Trained on the %d items of the train split (%d held out); %d n-grams in at least"
            + " %d items; penalties: features %s, sentence vector %s, sentence n-grams %s, target n-grams %s;"
            + " rating weight %s.",
            halves.train().size(), halves.heldOut().size(), grams, MIN_ITEMS, DENSE_PENALTY, EMBEDDING_PENALTY,
            choice.gramPenalty(), TARGET_GRAM_PENALTY, choice.ratingWeight()),
        "Cross-validated (" + FOLDS + " folds of the train split): " + choice.figures().format(),
        "Held out: " + heldOut.format(),
        "Reproduce: " + reproduce);
  }

  private static Map<String, Integer> vocabulary(List<NewsExample> train) {
    Map<String, Integer> counts = new TreeMap<>();
    for (NewsExample e : train) {
      for (String g : e.grams()) {
        counts.merge(g, 1, Integer::sum);
      }
    }
    Map<String, Integer> index = new HashMap<>();
    int next = NewsFeatures.NAMES.size();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() >= MIN_ITEMS) {
        index.put(c.getKey(), next++);
      }
    }
    return index;
  }

  /**
   * Turns examples into rows: the dense features standardised by their means and standard
   * deviations on the training items, then one column per n-gram that at least
   * {@link #MIN_ITEMS} training items have.
   */
  private record Columns(double[] mean, double[] sd, Map<String, Integer> vocabulary) {

    static Columns of(List<NewsExample> train) {
      int dense = NewsFeatures.NAMES.size();
      double[] mean = new double[dense];
      double[] sd = new double[dense];
      for (NewsExample e : train) {
        for (int j = 0; j < dense; j++) {
          mean[j] += e.feature(j);
        }
      }
      for (int j = 0; j < dense; j++) {
        mean[j] /= train.size();
      }
      for (NewsExample e : train) {
        for (int j = 0; j < dense; j++) {
          double d = e.feature(j) - mean[j];
          sd[j] += d * d;
        }
      }
      for (int j = 0; j < dense; j++) {
        sd[j] = Math.sqrt(sd[j] / train.size());
        if (sd[j] == 0) {
          // a constant feature: the penalty keeps its weight at 0 whatever its scale
          sd[j] = 1;
        }
      }
      return new Columns(mean, sd, NewsTraining.vocabulary(train));
    }

    int count() {
      return mean.length + vocabulary.size();
    }

    SoftmaxRegression.Row row(NewsExample e, double ratingWeight) {
      List<Integer> index = new ArrayList<>();
      List<Double> value = new ArrayList<>();
      for (int j = 0; j < mean.length; j++) {
        index.add(j);
        value.add((e.feature(j) - mean[j]) / sd[j]);
      }
      for (String g : e.grams()) {
        Integer column = vocabulary.get(g);
        if (column != null) {
          index.add(column);
          value.add(1.0);
        }
      }
      int label;
      double weight;
      if (e.gold() instanceof Gold.Rating r) {
        label = r.value() >= RATING_BAND ? 2 : r.value() <= -RATING_BAND ? 0 : 1;
        weight = ratingWeight;
      } else {
        label = ((Gold.Label) e.gold()).tone().ordinal();
        weight = 1;
      }
      return new SoftmaxRegression.Row(index.stream().mapToInt(Integer::intValue).toArray(),
          value.stream().mapToDouble(Double::doubleValue).toArray(), label, weight);
    }

    /** The fit on raw features: each weight divided by its feature's sd, the means moved into the intercepts. */
    NewsModel toModel(SoftmaxRegression.Fit fit, List<String> comments) {
      double[][] w = fit.weights();
      double[] intercepts = fit.intercepts();
      double[][] raw = new double[mean.length][SoftmaxRegression.CLASSES];
      for (int j = 0; j < mean.length; j++) {
        for (int k = 0; k < SoftmaxRegression.CLASSES; k++) {
          raw[j][k] = w[j][k] / sd[j];
          intercepts[k] -= w[j][k] * mean[j] / sd[j];
        }
      }
      Map<String, double[]> grams = new HashMap<>();
      vocabulary.forEach((g, column) -> grams.put(g, w[column]));
      return new NewsModel(intercepts, raw, grams, comments);
    }
  }

  private static SoftmaxRegression.Fit fit(List<NewsExample> items, Columns columns, double gramPenalty,
      double ratingWeight) {
    SoftmaxRegression.Row[] rows = new SoftmaxRegression.Row[items.size()];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = columns.row(items.get(i), ratingWeight);
    }
    double[] penalty = new double[columns.count()];
    for (int j = 0; j < columns.mean().length; j++) {
      penalty[j] = NewsFeatures.NAMES.get(j).startsWith(NewsFeatures.EMBEDDING) ? EMBEDDING_PENALTY : DENSE_PENALTY;
    }
    columns.vocabulary().forEach((gram, column) ->
        penalty[column] = NewsGrams.isTargetGram(gram) ? TARGET_GRAM_PENALTY : gramPenalty);
    return new SoftmaxRegression(rows, penalty).fit();
  }

  /** Pearson and Spearman of P(positive) - P(negative) on the rated items; macro-F1 and accuracy of the most probable class on the targets. */
  private static Figures figures(List<NewsExample> items, double[][] probabilities) {
    List<double[]> pairs = new ArrayList<>();
    int[][] confusion = new int[3][3];
    int targets = 0;
    for (int i = 0; i < items.size(); i++) {
      NewsExample e = items.get(i);
      double[] p = probabilities[i];
      if (e.gold() instanceof Gold.Rating r) {
        pairs.add(new double[] {r.value(), p[2] - p[0]});
      } else if (e.gold() instanceof Gold.Label l) {
        int predicted = 0;
        for (int k = 1; k < 3; k++) {
          if (p[k] > p[predicted]) {
            predicted = k;
          }
        }
        confusion[l.tone().ordinal()][predicted]++;
        targets++;
      }
    }
    double[] gold = pairs.stream().mapToDouble(x -> x[0]).toArray();
    double[] predicted = pairs.stream().mapToDouble(x -> x[1]).toArray();
    double pearson = gold.length < 2 ? Double.NaN : Correlation.pearson(gold, predicted);
    double spearman = gold.length < 2 ? Double.NaN : Correlation.spearman(gold, predicted);
    double f1 = 0;
    int right = 0;
    for (int k = 0; k < 3; k++) {
      int tp = confusion[k][k];
      right += tp;
      int p = confusion[0][k] + confusion[1][k] + confusion[2][k];
      int g = confusion[k][0] + confusion[k][1] + confusion[k][2];
      f1 += p + g == 0 ? 0 : 200.0 * tp / (p + g);
    }
    return new Figures(pearson, spearman, gold.length, f1 / 3, targets == 0 ? Double.NaN : 100.0 * right / targets,
        targets);
  }
}
