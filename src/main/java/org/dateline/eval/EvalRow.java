package org.dateline.eval;

import java.util.Locale;
import java.util.Objects;
import org.dateline.annotate.Profile;
import org.dateline.model.SentimentEngineId;

/**
 * One figure of an evaluation report: a row of {@code eval.csv}.
 *
 * @param profile the annotator profile
 * @param engine the sentiment engine scored, or null for NER, which has none
 * @param task what was evaluated
 * @param metric the metric name, such as {@code f1}, {@code f1_PER} or {@code pearson}
 * @param value a percentage, a count or a correlation coefficient, as {@code kind} says
 * @param kind how {@code value} is written
 */
public record EvalRow(
    Profile profile, SentimentEngineId engine, EvalTask task, String metric, double value, Kind kind) {

  /** How a value is written. */
  public enum Kind {
    /** A percentage with two decimals: {@code 89.10}. */
    PERCENT,
    /** An integer: {@code 5648}. */
    COUNT,
    /** A correlation coefficient, -1 .. 1, with four decimals: {@code 0.5012}. */
    COEFFICIENT
  }

  public EvalRow {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(kind, "kind");
    if ((engine == null) != (task == EvalTask.NER)) {
      throw new IllegalArgumentException("the " + task.label() + " task "
          + (engine == null ? "needs a sentiment engine" : "has no sentiment engine, got " + engine.label()));
    }
  }

  /** A percentage of the NER task or of CoreNLP's SST figures, which have a fixed engine. */
  public static EvalRow rate(Profile profile, EvalTask task, String metric, double percent) {
    return new EvalRow(profile, fixedEngine(task), task, metric, percent, Kind.PERCENT);
  }

  /** A count of the NER task or of CoreNLP's SST figures. */
  public static EvalRow count(Profile profile, EvalTask task, String metric, long count) {
    return new EvalRow(profile, fixedEngine(task), task, metric, count, Kind.COUNT);
  }

  private static SentimentEngineId fixedEngine(EvalTask task) {
    return switch (task) {
      case NER -> null;
      case SST -> SentimentEngineId.CORENLP;
      default -> throw new IllegalArgumentException(
          "the " + task.label() + " task is scored per engine; name the engine");
    };
  }

  /** The engine's label, empty for NER. */
  public String engineLabel() {
    return engine == null ? "" : engine.label();
  }

  /**
   * {@code 89.10} for a percentage, {@code 5648} for a count, {@code 0.5012} for a coefficient;
   * empty when undefined (NaN).
   */
  public String formattedValue() {
    if (Double.isNaN(value)) {
      // no items to measure on, or a constant score: no figure rather than a made-up one
      return "";
    }
    return switch (kind) {
      case PERCENT -> String.format(Locale.ROOT, "%.2f", value);
      case COUNT -> Long.toString((long) value);
      case COEFFICIENT -> String.format(Locale.ROOT, "%.4f", value);
    };
  }
}
