package org.dateline.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Pearson and Spearman correlation of paired samples. */
public final class Correlation {

  private Correlation() {}

  /** Pearson's r; NaN when fewer than two pairs or either sample is constant. */
  public static double pearson(double[] x, double[] y) {
    requirePaired(x, y);
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** Spearman's rho: Pearson's r of the ranks, ties given their mean rank. */
  public static double spearman(double[] x, double[] y) {
    requirePaired(x, y);
    return pearson(ranks(x), ranks(y));
  }

  /** 1-based ranks; tied values share the mean of the ranks they span. */
  static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double mean = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = mean;
      }
      i = j + 1;
    }
    return ranks;
  }

  private static void requirePaired(double[] x, double[] y) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("paired samples differ in size: " + x.length + " and " + y.length);
    }
  }
}
