package org.dateline.train;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for smooth convex objectives.
 * Plain loops in a fixed order, so a run is reproduced bit for bit.
 */
final class Lbfgs {

  /** An objective: returns its value at {@code p} and writes its gradient into {@code gradient}. */
  interface Objective {
    double evaluate(double[] p, double[] gradient);
  }

  /** Where the search stopped, and after how many iterations. */
  record Minimum(double[] point, int iterations) {}

  private Lbfgs() {}

  /**
   * Minimises from {@code start}; stops when an iteration lowers the value by less than
   * 10^-10 of it, or after {@code maxIterations}.
   */
  static Minimum minimize(Objective objective, double[] start, int memory, int maxIterations) {
    double[] p = start.clone();
    double[] g = new double[p.length];
    double f = objective.evaluate(p, g);
    double[][] s = new double[memory][];
    double[][] y = new double[memory][];
    double[] rho = new double[memory];
    int stored = 0;
    int iteration = 0;
    double[] next = new double[p.length];
    double[] nextG = new double[p.length];
    for (; iteration < maxIterations; iteration++) {
      double[] d = direction(g, s, y, rho, stored);
      double slope = dot(d, g);
      if (slope >= 0) {
        // not a descent direction: start again from steepest descent
        stored = 0;
        d = direction(g, s, y, rho, 0);
        slope = dot(d, g);
      }
      if (slope == 0) {
        break;
      }
      double step = iteration == 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
      double nextF;
      while (true) {
        for (int i = 0; i < p.length; i++) {
          next[i] = p[i] + step * d[i];
        }
        nextF = objective.evaluate(next, nextG);
        if (nextF <= f + 1e-4 * step * slope || step < 1e-20) {
          break;
        }
        step *= 0.5;
      }
      double[] sk = new double[p.length];
      double[] yk = new double[p.length];
      for (int i = 0; i < p.length; i++) {
        sk[i] = next[i] - p[i];
        yk[i] = nextG[i] - g[i];
      }
      double sy = dot(sk, yk);
      boolean converged = f - nextF <= 1e-10 * Math.max(1, Math.abs(f));
      double[] swap = p;
      p = next;
      next = swap;
      swap = g;
      g = nextG;
      nextG = swap;
      f = nextF;
      if (converged) {
        iteration++;
        break;
      }
      if (sy > 1e-12) {
        if (stored == memory) {
          System.arraycopy(s, 1, s, 0, memory - 1);
          System.arraycopy(y, 1, y, 0, memory - 1);
          System.arraycopy(rho, 1, rho, 0, memory - 1);
          stored--;
        }
        s[stored] = sk;
        y[stored] = yk;
        rho[stored] = 1 / sy;
        stored++;
      }
    }
    return new Minimum(p, iteration);
  }

  private static double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored) {
    double[] q = g.clone();
    double[] alpha = new double[stored];
    for (int m = stored - 1; m >= 0; m--) {
      alpha[m] = rho[m] * dot(s[m], q);
      for (int i = 0; i < q.length; i++) {
        q[i] -= alpha[m] * y[m][i];
      }
    }
    double gamma = stored == 0 ? 1 : dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
    for (int i = 0; i < q.length; i++) {
      q[i] *= gamma;
    }
    for (int m = 0; m < stored; m++) {
      double beta = rho[m] * dot(y[m], q);
      for (int i = 0; i < q.length; i++) {
        q[i] += (alpha[m] - beta) * s[m][i];
      }
    }
    for (int i = 0; i < q.length; i++) {
      q[i] = -q[i];
    }
    return q;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
