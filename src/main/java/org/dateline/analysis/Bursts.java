package org.dateline.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Kleinberg's two-state burst model for batched arrivals (Kleinberg 2002, "Bursty and
 * hierarchical structure in streams", section 4).
 *
 * <p>Over n consecutive periods, {@code d[t]} documents arrived and {@code r[t]} of them hold the
 * feature. The base rate is {@code p0 = Σr/Σd} and the burst rate {@code p1 = min(2·p0, 0.9999)}.
 * The cost of state i at t is {@code −ln(C(d_t, r_t)·p_i^r_t·(1−p_i)^(d_t−r_t))}, 0 when
 * {@code d_t = 0}; entering the burst state costs {@code ln n} and leaving it nothing. The
 * state sequence, starting from the base state, is the one of least total cost (Viterbi; on a
 * tie the base state wins). Each maximal run of burst states is a {@link Burst} whose weight is
 * the sum over the run of (cost in state 0 − cost in state 1).
 */
public final class Bursts {
  private static final double MAX_BURST_RATE = 0.9999;

  private Bursts() {}

  /** One maximal run of burst states: periods {@code start..end} (0-based, inclusive). */
  public record Burst(int start, int end, double weight) {
    public int periods() {
      return end - start + 1;
    }
  }

  /**
   * The bursts of a feature, in time order.
   *
   * @throws IllegalArgumentException when the arrays differ in length or some {@code r[t]} is
   *     negative or above {@code d[t]}
   */
  public static List<Burst> detect(long[] d, long[] r) {
    Objects.requireNonNull(d, "d");
    Objects.requireNonNull(r, "r");
    requireHitsWithinDocuments(d, r);
    long sumD = 0;
    long sumR = 0;
    for (int t = 0; t < d.length; t++) {
      sumD += d[t];
      sumR += r[t];
    }
    if (d.length == 0 || sumR == 0) {
      return List.of();
    }
    double p0 = (double) sumR / sumD;
    double p1 = Math.min(2 * p0, MAX_BURST_RATE);
    if (p1 <= p0) {
      // A feature in (nearly) every document cannot be more frequent than its base rate.
      return List.of();
    }
    double[] cost0 = costs(d, r, p0);
    double[] cost1 = costs(d, r, p1);
    return runs(leastCostStates(cost0, cost1), cost0, cost1);
  }

  private static void requireHitsWithinDocuments(long[] d, long[] r) {
    if (d.length != r.length) {
      throw new IllegalArgumentException("documents and hits must cover the same periods, got "
          + d.length + " and " + r.length);
    }
    for (int t = 0; t < d.length; t++) {
      if (r[t] < 0 || r[t] > d[t]) {
        throw new IllegalArgumentException("period " + t + " has " + r[t] + " documents with the feature out of "
            + d[t] + "; the hits must lie between 0 and the documents");
      }
    }
  }

  /**
   * The cost of each period in the state of rate {@code p}. The logarithms are taken once per
   * state, not once per period. ln C(d, r) is the same in both states, so it changes neither the
   * best path nor any weight (a difference of the two costs); it is left out rather than computed.
   */
  private static double[] costs(long[] d, long[] r, double p) {
    double lnP = Math.log(p);
    double lnQ = Math.log1p(-p);
    double[] out = new double[d.length];
    for (int t = 0; t < d.length; t++) {
      out[t] = cost(d[t], r[t], lnP, lnQ);
    }
    return out;
  }

  /**
   * The state of least total cost at each period (Viterbi), true for the burst state: the path
   * starts in the base state, entering the burst state costs ln n, leaving it is free, and on a
   * tie the base state wins.
   */
  private static boolean[] leastCostStates(double[] cost0, double[] cost1) {
    int n = cost0.length;
    double enter = Math.log(n);
    // best0, best1: the least cost of a path up to the current period that ends in state 0, 1;
    // cameFromBurst0[t], cameFromBurst1[t]: whether that path was in the burst state at t - 1.
    double best0 = cost0[0];
    double best1 = enter + cost1[0];
    boolean[] cameFromBurst0 = new boolean[n];
    boolean[] cameFromBurst1 = new boolean[n];
    for (int t = 1; t < n; t++) {
      double stay0 = best0;
      double leave1 = best1;
      boolean burstTo0 = leave1 < stay0;
      double next0 = (burstTo0 ? leave1 : stay0) + cost0[t];
      double enter1 = best0 + enter;
      double stay1 = best1;
      boolean burstTo1 = stay1 <= enter1;
      double next1 = (burstTo1 ? stay1 : enter1) + cost1[t];
      cameFromBurst0[t] = burstTo0;
      cameFromBurst1[t] = burstTo1;
      best0 = next0;
      best1 = next1;
    }
    boolean[] burst = new boolean[n];
    boolean state = best1 < best0;
    for (int t = n - 1; t >= 0; t--) {
      burst[t] = state;
      state = state ? cameFromBurst1[t] : cameFromBurst0[t];
    }
    return burst;
  }

  /** Each maximal run of burst states, weighed by the sum of its periods' cost differences. */
  private static List<Burst> runs(boolean[] burst, double[] cost0, double[] cost1) {
    int n = burst.length;
    List<Burst> out = new ArrayList<>();
    int t = 0;
    while (t < n) {
      if (!burst[t]) {
        t++;
        continue;
      }
      int start = t;
      double weight = 0;
      while (t < n && burst[t]) {
        weight += cost0[t] - cost1[t];
        t++;
      }
      out.add(new Burst(start, t - 1, weight));
    }
    return List.copyOf(out);
  }

  /** {@code −ln(p^r (1−p)^(d−r))}, with 0·ln 0 taken as 0. */
  static double cost(long d, long r, double p) {
    return cost(d, r, Math.log(p), Math.log1p(-p));
  }

  /** {@link #cost(long, long, double)} from {@code ln p} and {@code ln(1−p)}. */
  private static double cost(long d, long r, double lnP, double lnQ) {
    if (d == 0) {
      return 0;
    }
    double c = 0;
    if (r > 0) {
      c -= r * lnP;
    }
    if (d - r > 0) {
      c -= (d - r) * lnQ;
    }
    return c;
  }
}
