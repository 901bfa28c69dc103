package org.dateline.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.SentimentEngineId;

/**
 * One row of the sentiment table: one engine in one period. The statistics are computed from exact
 * integer sums to 16 significant digits and left for the report to round, so that the written
 * figure does not depend on how the sums were split; null when there is nothing to compute them
 * from.
 *
 * @param period the first day of the period
 * @param engine the sentiment engine
 * @param documents documents dated in the period, with or without sentiment
 * @param sentences sentences of the period the engine scored
 * @param mean the mean sentence score, on the engine's scale; null when {@code sentences} is 0
 * @param sd the sample standard deviation of the scores; null below 2 sentences
 * @param ciLow the lower end of the 95% confidence interval of the mean (mean − 1.96 sd / √n,
 *     the normal approximation); null below 2 sentences
 * @param ciHigh the upper end
 * @param negative sentences of negative tone
 * @param neutral sentences of neutral tone
 * @param positive sentences of positive tone
 * @param coreNlpClasses CoreNLP's five class counts, on {@code corenlp} rows only
 */
public record SentimentRow(
    LocalDate period,
    SentimentEngineId engine,
    long documents,
    long sentences,
    BigDecimal mean,
    BigDecimal sd,
    BigDecimal ciLow,
    BigDecimal ciHigh,
    long negative,
    long neutral,
    long positive,
    ClassCounts coreNlpClasses) {

  public SentimentRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(engine, "engine");
    if ((mean == null) != (sentences == 0) || (sd == null) != (sentences < 2)
        || (ciLow == null) != (sd == null) || (ciHigh == null) != (sd == null)) {
      throw new IllegalArgumentException("a mean needs 1 sentence and sd and interval 2, got " + sentences
          + " sentences with mean " + mean + ", sd " + sd + ", interval " + ciLow + " to " + ciHigh);
    }
    if ((coreNlpClasses != null) != (engine == SentimentEngineId.CORENLP)) {
      throw new IllegalArgumentException("CoreNLP's class counts belong on corenlp rows only, not on "
          + engine.label() + " rows");
    }
  }

  /** Sentences of CoreNLP's classes 0 (very negative) to 4 (very positive). */
  public record ClassCounts(long veryNegative, long negative, long neutral, long positive, long veryPositive) {}

  /** A class count for a column, empty on rows of other engines. */
  public String coreNlpClass(int classIndex) {
    if (coreNlpClasses == null) {
      return "";
    }
    return Long.toString(switch (classIndex) {
      case 0 -> coreNlpClasses.veryNegative();
      case 1 -> coreNlpClasses.negative();
      case 2 -> coreNlpClasses.neutral();
      case 3 -> coreNlpClasses.positive();
      case 4 -> coreNlpClasses.veryPositive();
      default -> throw new IllegalArgumentException("CoreNLP's classes are 0 to 4, not " + classIndex);
    });
  }
}
