package org.dateline.eval;

import java.util.Locale;
import java.util.Objects;
import org.dateline.annotate.Profile;

/**
 * One figure of an evaluation report: a row of {@code eval.csv}.
 *
 * @param profile the annotator profile
 * @param task what was evaluated
 * @param metric the metric name, such as {@code f1} or {@code f1_PER}
 * @param value a percentage when {@code rate}, else a count
 * @param rate whether {@code value} is a percentage (written with two decimals) or a count
 */
public record EvalRow(Profile profile, EvalTask task, String metric, double value, boolean rate) {
  public EvalRow {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(metric, "metric");
  }

  public static EvalRow rate(Profile profile, EvalTask task, String metric, double percent) {
    return new EvalRow(profile, task, metric, percent, true);
  }

  public static EvalRow count(Profile profile, EvalTask task, String metric, long count) {
    return new EvalRow(profile, task, metric, count, false);
  }

  /** {@code 89.10} for a rate, {@code 5648} for a count. */
  public String formattedValue() {
    return rate ? String.format(Locale.ROOT, "%.2f", value) : Long.toString((long) value);
  }
}
