package org.dateline.analysis;

/**
 * Normalised pointwise mutual information of two events (Bouma 2009):
 * {@code ln(p_ab / (p_a·p_b)) / −ln p_ab}, from −1 (never together) through 0 (independent) to 1
 * (always together).
 */
public final class Npmi {
  private Npmi() {}

  /**
   * NPMI from counts: {@code both} units hold both, {@code a} and {@code b} hold each, of {@code
   * n} units. 1 when every unit holds both.
   *
   * @throws IllegalArgumentException unless {@code 0 < both <= min(a, b)} and {@code max(a, b) <= n}
   */
  public static double of(long both, long a, long b, long n) {
    if (both <= 0 || both > Math.min(a, b) || Math.max(a, b) > n) {
      throw new IllegalArgumentException("npmi needs 0 < both <= min(a, b) and max(a, b) <= n, got both="
          + both + " a=" + a + " b=" + b + " n=" + n);
    }
    if (both == n) {
      return 1.0;
    }
    double pab = (double) both / n;
    double pa = (double) a / n;
    double pb = (double) b / n;
    return Math.log(pab / (pa * pb)) / -Math.log(pab);
  }
}
