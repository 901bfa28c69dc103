package org.dateline.train;

import java.util.Arrays;
import java.util.Objects;
import org.dateline.annotate.sentiment.NewsModel;

/**
 * Multinomial logistic regression over negative / neutral / positive on sparse rows, fitted by
 * L-BFGS. It minimises the weighted mean negative log-likelihood plus {@code λ_j/2 |w_j|²} per
 * feature {@code j} (each feature has its own penalty, so that word n-grams can be held far
 * tighter than the few dense scores); intercepts are not penalised.
 *
 * <p>Fitting runs on one thread, in a fixed order, with {@link StrictMath}, so the same data
 * always give the same coefficients, bit for bit. Not thread-safe.
 */
public final class SoftmaxRegression {

  /** The number of classes: negative, neutral, positive. */
  public static final int CLASSES = NewsModel.CLASSES;

  private static final int MEMORY = 10;
  private static final int MAX_ITERATIONS = 400;

  /** One item: feature indexes and values (absent features are 0), its class and weight. */
  public record Row(int[] index, double[] value, int label, double weight) {
    public Row {
      Objects.requireNonNull(index, "index");
      Objects.requireNonNull(value, "value");
      if (index.length != value.length) {
        throw new IllegalArgumentException("a row needs one value per index, got " + index.length + " indexes and "
            + value.length + " values");
      }
      if (label < 0 || label >= CLASSES) {
        throw new IllegalArgumentException("label must be 0 .. " + (CLASSES - 1) + ", was " + label);
      }
    }
  }

  /** Fitted coefficients: {@code weights[j][k]} for feature {@code j} and class {@code k}, and the intercepts. */
  public record Fit(double[][] weights, double[] intercepts, int iterations) {
    /** The class probabilities of a row. */
    public double[] probabilities(Row row) {
      double[] z = intercepts.clone();
      for (int m = 0; m < row.index().length; m++) {
        double[] w = weights[row.index()[m]];
        for (int k = 0; k < CLASSES; k++) {
          z[k] += w[k] * row.value()[m];
        }
      }
      return NewsModel.softmax(z);
    }
  }

  private final Row[] rows;
  private final double[] penalty;
  private final int features;

  /**
   * @param rows the items; every index below {@code penalty.length}
   * @param penalty the L2 penalty of each feature
   */
  public SoftmaxRegression(Row[] rows, double[] penalty) {
    this.rows = Objects.requireNonNull(rows, "rows").clone();
    this.penalty = Objects.requireNonNull(penalty, "penalty").clone();
    this.features = penalty.length;
    if (rows.length == 0) {
      throw new IllegalArgumentException("no rows to fit");
    }
    for (Row r : rows) {
      for (int j : r.index()) {
        if (j < 0 || j >= features) {
          throw new IllegalArgumentException("feature index " + j + " outside 0 .. " + (features - 1));
        }
      }
    }
  }

  /** Fits from zero. */
  public Fit fit() {
    Lbfgs.Minimum minimum = Lbfgs.minimize(this::evaluate, new double[(features + 1) * CLASSES], MEMORY,
        MAX_ITERATIONS);
    double[] p = minimum.point();
    double[][] weights = new double[features][CLASSES];
    for (int j = 0; j < features; j++) {
      System.arraycopy(p, j * CLASSES, weights[j], 0, CLASSES);
    }
    return new Fit(weights, Arrays.copyOfRange(p, features * CLASSES, (features + 1) * CLASSES), minimum.iterations());
  }

  /** The objective at {@code p} (weights by feature then class, intercepts last); its gradient goes into {@code g}. */
  double evaluate(double[] p, double[] g) {
    Arrays.fill(g, 0);
    int bias = features * CLASSES;
    double total = 0;
    double weights = 0;
    double[] z = new double[CLASSES];
    for (Row r : rows) {
      for (int k = 0; k < CLASSES; k++) {
        z[k] = p[bias + k];
      }
      for (int m = 0; m < r.index().length; m++) {
        int at = r.index()[m] * CLASSES;
        double v = r.value()[m];
        for (int k = 0; k < CLASSES; k++) {
          z[k] += p[at + k] * v;
        }
      }
      double[] prob = NewsModel.softmax(z);
      double w = r.weight();
      weights += w;
      total -= w * StrictMath.log(Math.max(prob[r.label()], 1e-300));
      for (int k = 0; k < CLASSES; k++) {
        double d = w * (prob[k] - (k == r.label() ? 1 : 0));
        g[bias + k] += d;
        for (int m = 0; m < r.index().length; m++) {
          g[r.index()[m] * CLASSES + k] += d * r.value()[m];
        }
      }
    }
    double pen = 0;
    for (int i = 0; i < bias + CLASSES; i++) {
      g[i] /= weights;
    }
    for (int j = 0; j < features; j++) {
      for (int k = 0; k < CLASSES; k++) {
        double w = p[j * CLASSES + k];
        pen += penalty[j] * w * w;
        g[j * CLASSES + k] += penalty[j] * w;
      }
    }
    return total / weights + pen / 2;
  }
}
