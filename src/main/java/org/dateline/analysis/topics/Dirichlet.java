package org.dateline.analysis.topics;

/**
 * Minka's fixed-point updates of Dirichlet parameters from count histograms, as MALLET's
 * {@code Dirichlet.learnParameters} and {@code learnSymmetricConcentration} compute them (Minka
 * 2000, "Estimating a Dirichlet distribution"; Wallach 2008 for the histogram form). Uses
 * {@link StrictMath} so that every JVM gives the same bits.
 */
final class Dirichlet {
  private Dirichlet() {}

  /**
   * One or more fixed-point updates of an asymmetric Dirichlet {@code parameters} (changed in
   * place) with a Gamma(shape, scale) prior on each; returns their new sum.
   *
   * @param observations per dimension, {@code observations[k][n]} = how many samples held count
   *     {@code n} of dimension {@code k}
   * @param observationLengths {@code observationLengths[n]} = how many samples had total {@code n}
   */
  static double learnParameters(double[] parameters, int[][] observations, int[] observationLengths,
      double shape, double scale, int iterations) {
    double sum = 0;
    for (double p : parameters) {
      sum += p;
    }
    int longest = observationLengths.length - 1;
    while (longest > 0 && observationLengths[longest] == 0) {
      longest--;
    }
    for (int iteration = 0; iteration < iterations; iteration++) {
      double denominator = 0;
      double digammaDiff = 0;
      for (int n = 1; n <= longest; n++) {
        digammaDiff += 1.0 / (sum + n - 1);
        denominator += observationLengths[n] * digammaDiff;
      }
      denominator -= 1.0 / scale;
      double newSum = 0;
      for (int k = 0; k < parameters.length; k++) {
        int[] histogram = observations[k];
        int limit = histogram.length - 1;
        while (limit > 0 && histogram[limit] == 0) {
          limit--;
        }
        double old = parameters[k];
        double numerator = 0;
        double diff = 0;
        for (int n = 1; n <= limit; n++) {
          diff += 1.0 / (old + n - 1);
          numerator += histogram[n] * diff;
        }
        // The prior's shape scales with the old value, as in MALLET's update (not added to the
        // scaled numerator, which would lift every small parameter towards shape / denominator).
        parameters[k] = old * (numerator + shape) / denominator;
        newSum += parameters[k];
      }
      sum = newSum;
    }
    return sum;
  }

  /**
   * The concentration (sum of parameters) of a symmetric Dirichlet over {@code dimensions}
   * dimensions, by 200 fixed-point updates from {@code current}.
   *
   * @param countHistogram {@code countHistogram[n]} = how many (sample, dimension) cells held count n
   * @param observationLengths {@code observationLengths[n]} = how many samples had total n
   */
  static double learnSymmetricConcentration(long[] countHistogram, long[] observationLengths, int dimensions,
      double current) {
    int largestCount = 0;
    for (int n = 0; n < countHistogram.length; n++) {
      if (countHistogram[n] > 0) {
        largestCount = n;
      }
    }
    int[] lengths = new int[observationLengths.length];
    int used = 0;
    for (int n = 0; n < observationLengths.length; n++) {
      if (observationLengths[n] > 0) {
        lengths[used++] = n;
      }
    }
    double value = current;
    for (int iteration = 0; iteration < 200; iteration++) {
      double parameter = value / dimensions;
      double diff = 0;
      double numerator = 0;
      for (int n = 1; n <= largestCount; n++) {
        diff += 1.0 / (parameter + n - 1);
        numerator += countHistogram[n] * diff;
      }
      diff = 0;
      double denominator = 0;
      int previous = 0;
      for (int i = 0; i < used; i++) {
        int length = lengths[i];
        if (length - previous > 20) {
          diff = digamma(value + length) - digamma(value);
        } else {
          for (int n = previous; n < length; n++) {
            diff += 1.0 / (value + n);
          }
        }
        denominator += diff * observationLengths[length];
        previous = length;
      }
      value = parameter * numerator / denominator;
    }
    return value;
  }

  /** The digamma function: recurrence up to 9.5, then the asymptotic series. */
  static double digamma(double z) {
    double psi = 0;
    if (z < 1e-6) {
      return -0.5772156649015329 - 1 / z;
    }
    while (z < 9.5) {
      psi -= 1 / z;
      z++;
    }
    double inv = 1 / z;
    double inv2 = inv * inv;
    psi += StrictMath.log(z) - 0.5 * inv
        - inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132)))));
    return psi;
  }
}
