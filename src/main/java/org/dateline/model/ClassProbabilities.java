package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * CoreNLP's probabilities of the five sentiment classes of a sentence (at its parse root).
 * They carry more than the winning class: a sentence at 0.45 negative and 0.40 neutral is
 * not the same as one at 0.95 negative.
 */
public record ClassProbabilities(
    double veryNegative, double negative, double neutral, double positive, double veryPositive) {

  public ClassProbabilities {
    for (double p : new double[] {veryNegative, negative, neutral, positive, veryPositive}) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("a class probability must lie in 0 .. 1, was " + p);
      }
    }
  }

  /** From five probabilities in class order 0 .. 4. */
  public static ClassProbabilities of(List<Double> probabilities) {
    Objects.requireNonNull(probabilities, "probabilities");
    if (probabilities.size() != 5) {
      throw new IllegalArgumentException(
          "expected 5 class probabilities (classes 0 .. 4), got " + probabilities.size());
    }
    return new ClassProbabilities(probabilities.get(0), probabilities.get(1), probabilities.get(2),
        probabilities.get(3), probabilities.get(4));
  }

  /** The probabilities in class order 0 .. 4. */
  public List<Double> asList() {
    return List.of(veryNegative, negative, neutral, positive, veryPositive);
  }

  /** The expected value of class - 2: -2 .. +2, on the same scale as {@link Sentiment#score()}. */
  public double expectedScore() {
    return -2 * veryNegative - negative + positive + 2 * veryPositive;
  }

  /** The most likely class; the lower class on a tie, as CoreNLP's own argmax picks. */
  public Sentiment mostLikely() {
    List<Double> p = asList();
    int best = 0;
    for (int k = 1; k < p.size(); k++) {
      if (p.get(k) > p.get(best)) {
        best = k;
      }
    }
    return Sentiment.ofClass(best);
  }
}
