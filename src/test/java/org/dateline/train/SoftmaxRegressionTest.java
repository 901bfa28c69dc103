package org.dateline.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dateline.annotate.sentiment.NewsModel;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

  /**
   * Items of three classes drawn from known logits: class k has logit w_k * x0 with w = (-2, 0, 2),
   * plus a sparse indicator (feature 2) present on a quarter of the items that adds +1.5 to class 1.
   */
  private static SoftmaxRegression synthetic(double penalty) {
    Random random = new Random(11);
    int n = 4000;
    SoftmaxRegression.Row[] rows = new SoftmaxRegression.Row[n];
    for (int i = 0; i < n; i++) {
      double x0 = random.nextGaussian();
      double x1 = random.nextGaussian();
      boolean flag = i % 4 == 0;
      double[] z = {-2 * x0, flag ? 1.5 : 0, 2 * x0};
      double[] p = NewsModel.softmax(z);
      double u = random.nextDouble();
      int label = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
      rows[i] = flag
          ? new SoftmaxRegression.Row(new int[] {0, 1, 2}, new double[] {x0, x1, 1}, label, 1)
          : new SoftmaxRegression.Row(new int[] {0, 1}, new double[] {x0, x1}, label, 1);
    }
    return new SoftmaxRegression(rows, new double[] {penalty, penalty, penalty});
  }

  @Test
  void recoversTheLogitDifferences() {
    SoftmaxRegression.Fit fit = synthetic(0).fit();
    double[][] w = fit.weights();
    // only differences between classes are identified
    assertEquals(4, w[0][2] - w[0][0], 0.4);
    assertEquals(2, w[0][2] - w[0][1], 0.3);
    assertEquals(0, w[1][2] - w[1][0], 0.2);
    assertEquals(1.5, w[2][1] - (w[2][0] + w[2][2]) / 2, 0.3);
  }

  @Test
  void thePenaltyShrinksTheWeights() {
    double[][] free = synthetic(0).fit().weights();
    double[][] held = synthetic(0.5).fit().weights();
    assertTrue(held[0][2] - held[0][0] < (free[0][2] - free[0][0]) / 2);
  }

  @Test
  void theSameDataGiveTheSameCoefficientsBitForBit() {
    SoftmaxRegression.Fit a = synthetic(0.01).fit();
    SoftmaxRegression.Fit b = synthetic(0.01).fit();
    for (int j = 0; j < 3; j++) {
      assertArrayEquals(a.weights()[j], b.weights()[j], 0.0);
    }
    assertArrayEquals(a.intercepts(), b.intercepts(), 0.0);
  }

  @Test
  void theGradientMatchesFiniteDifferences() {
    SoftmaxRegression r = synthetic(0.05);
    double[] p = {0.3, -0.2, 0.1, -0.5, 0.2, -1, 0.1, -0.3, 0.4, 0.2, 0, -0.1};
    double[] g = new double[p.length];
    r.evaluate(p, g);
    for (int i = 0; i < p.length; i++) {
      double[] up = p.clone();
      double[] down = p.clone();
      up[i] += 1e-6;
      down[i] -= 1e-6;
      double numeric = (r.evaluate(up, new double[p.length]) - r.evaluate(down, new double[p.length])) / 2e-6;
      assertEquals(numeric, g[i], 1e-6, "parameter " + i);
    }
  }
}
