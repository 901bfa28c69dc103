package org.dateline.analysis.topics;

/** The 97.5% quantile of Student's t, for two-sided 95% intervals. */
final class StudentT {
  private StudentT() {}

  /** Degrees of freedom 1 to 30, from the tables (R's {@code qt(0.975, df)}). */
  private static final double[] TABLE = {
    12.706204736, 4.302652730, 3.182446305, 2.776445105, 2.570581836, 2.446911851, 2.364624252,
    2.306004135, 2.262157163, 2.228138852, 2.200985160, 2.178812830, 2.160368656, 2.144786688,
    2.131449546, 2.119905299, 2.109815578, 2.100922040, 2.093024054, 2.085963447, 2.079613845,
    2.073873068, 2.068657610, 2.063898562, 2.059538553, 2.055529439, 2.051830516, 2.048407142,
    2.045229642, 2.042272456};

  private static final double Z = 1.959963984540054;

  /**
   * The quantile for {@code df} degrees of freedom: the table up to 30, then the Cornish-Fisher
   * expansion about the normal quantile (within 1e-5 from 30 on).
   */
  static double quantile975(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("df must be at least 1, was " + df);
    }
    if (df <= TABLE.length) {
      return TABLE[(int) df - 1];
    }
    double z = Z;
    double z2 = z * z;
    double z3 = z2 * z;
    double z5 = z3 * z2;
    double z7 = z5 * z2;
    double n = df;
    return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
  }
}
