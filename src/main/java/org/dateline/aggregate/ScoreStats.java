package org.dateline.aggregate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.dateline.model.SentimentEngineId;

/**
 * The mean, sample standard deviation and 95% confidence interval of scores summed as whole
 * multiples of 10^-8, unrounded (the report rounds). Summing whole units keeps the sums exact
 * integers, so the figures do not depend on the order in which partial sums were merged (and so
 * on {@code --threads}).
 *
 * @param mean null when there are no scores
 * @param sd null below 2 scores
 * @param ciLow mean − 1.96 sd / √n (the normal approximation), raised to the lower end of the
 *     engine's scale where it falls below it; null below 2 scores
 * @param ciHigh mean + 1.96 sd / √n, lowered to the upper end of the scale where it passes it;
 *     null below 2 scores
 */
record ScoreStats(BigDecimal mean, BigDecimal sd, BigDecimal ciLow, BigDecimal ciHigh) {
  /** Scores are counted in units of 10^-8: fine enough for any 4-decimal figure. */
  static final double UNIT = 1e8;
  private static final long UNITS = 100_000_000L;
  private static final int SCALE = 8;
  private static final BigDecimal Z_95 = new BigDecimal("1.96");
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  /** The score in whole units, for a sum. */
  static long units(double score) {
    return Math.round(score * UNIT);
  }

  /** The square of the score in whole units, for a sum of squares. */
  static long squareUnits(double score) {
    return Math.round(score * score * UNIT);
  }

  /** The exact mean of {@code n} scores summing to {@code sum} units; null when {@code n} is 0. */
  static Ratio mean(long n, long sum) {
    return n <= 0 ? null : new Ratio(sum, Math.multiplyExact(n, UNITS));
  }

  /**
   * The range of an engine's sentence and clause scores: CoreNLP's expected class minus 2,
   * -2 .. +2; VADER's compound score and the news model's P(positive) - P(negative), -1 .. +1.
   */
  record Scale(BigDecimal low, BigDecimal high) {
    static final Scale CORENLP = new Scale(BigDecimal.valueOf(-2), BigDecimal.valueOf(2));
    static final Scale UNIT = new Scale(BigDecimal.valueOf(-1), BigDecimal.ONE);

    Scale {
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
    }

    static Scale of(SentimentEngineId engine) {
      return switch (Objects.requireNonNull(engine, "engine")) {
        case CORENLP -> CORENLP;
        case VADER, NEWS -> UNIT;
      };
    }

    /** {@code value} moved into the scale when it lies outside it; otherwise itself. */
    BigDecimal clamp(BigDecimal value) {
      return value.compareTo(low) < 0 ? low : value.compareTo(high) > 0 ? high : value;
    }
  }

  /**
   * The figures of {@code n} scores of {@code engine} with the given sums (in units); the
   * interval is kept inside the engine's {@linkplain Scale scale}. Only ends that leave the
   * scale change: the true mean lies inside it, so the kept part holds it exactly as often as
   * the whole interval did.
   */
  static ScoreStats of(SentimentEngineId engine, long n, long sum, long squares) {
    Scale scale = Scale.of(engine);
    ScoreStats s = of(n, sum, squares);
    if (s.ciLow() == null) {
      return s;
    }
    return new ScoreStats(s.mean(), s.sd(), scale.clamp(s.ciLow()), scale.clamp(s.ciHigh()));
  }

  /** The figures of {@code n} scores with the given sums (in units), on no particular scale. */
  static ScoreStats of(long n, long sum, long squares) {
    if (n <= 0) {
      return new ScoreStats(null, null, null, null);
    }
    BigDecimal total = BigDecimal.valueOf(sum, SCALE);
    BigDecimal m = total.divide(BigDecimal.valueOf(n), PRECISION);
    if (n == 1) {
      return new ScoreStats(m, null, null, null);
    }
    // sample variance: (sum of squares - sum^2 / n) / (n - 1), floored at 0 against rounding
    BigDecimal sq = BigDecimal.valueOf(squares, SCALE);
    BigDecimal variance = sq.subtract(total.multiply(total).divide(BigDecimal.valueOf(n), PRECISION))
        .divide(BigDecimal.valueOf(n - 1), PRECISION).max(BigDecimal.ZERO);
    BigDecimal s = variance.sqrt(PRECISION);
    BigDecimal half = Z_95.multiply(s).divide(BigDecimal.valueOf(n).sqrt(PRECISION), PRECISION);
    return new ScoreStats(m, s, m.subtract(half), m.add(half));
  }
}
