package org.dateline.eval;

import java.util.List;
import java.util.Objects;
import org.dateline.annotate.Profile;
import org.dateline.model.SentimentEngineId;

/**
 * One engine's figures on one sentiment task ({@code ratings} or {@code newsmtsc}).
 *
 * @param profile the annotator profile
 * @param engine the engine
 * @param task the task
 * @param figures the figures in report order
 * @param predictions one per item the engine scored, in gold-file order
 */
public record EngineResult(
    Profile profile, SentimentEngineId engine, EvalTask task, List<EvalRow> figures, List<Prediction> predictions) {
  public EngineResult {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(task, "task");
    figures = List.copyOf(Objects.requireNonNull(figures, "figures"));
    predictions = List.copyOf(Objects.requireNonNull(predictions, "predictions"));
  }

  /** The value of a metric, such as {@code pearson}; NaN when the result lacks it. */
  public double value(String metric) {
    return figures.stream().filter(r -> r.metric().equals(metric)).mapToDouble(EvalRow::value)
        .findFirst().orElse(Double.NaN);
  }
}
