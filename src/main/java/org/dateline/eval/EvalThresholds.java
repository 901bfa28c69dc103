package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Lowest acceptable figures, as a CI job sets them: NER F1 (micro-averaged) and binary SST
 * accuracy with neutral predictions counted wrong, both in percent.
 */
public record EvalThresholds(OptionalDouble minNerF1, OptionalDouble minSentimentBinary) {
  public EvalThresholds {
    Objects.requireNonNull(minNerF1, "minNerF1");
    Objects.requireNonNull(minSentimentBinary, "minSentimentBinary");
  }

  public static EvalThresholds none() {
    return new EvalThresholds(OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** One message per figure of the report below its threshold; empty when all pass. */
  public List<String> failures(EvalReport report) {
    Objects.requireNonNull(report, "report");
    List<String> out = new ArrayList<>();
    if (minNerF1.isPresent()) {
      for (NerResult r : report.ner()) {
        double f1 = r.overall().f1();
        if (f1 < minNerF1.getAsDouble()) {
          out.add(String.format(Locale.ROOT, "NER F1 for profile %s is %.2f, below the minimum %.2f",
              r.profile().label(), f1, minNerF1.getAsDouble()));
        }
      }
    }
    if (minSentimentBinary.isPresent()) {
      for (SentimentResult r : report.sentiment()) {
        double acc = r.counts().accuracyBinary();
        if (acc < minSentimentBinary.getAsDouble()) {
          out.add(String.format(Locale.ROOT,
              "binary SST accuracy for profile %s is %.2f, below the minimum %.2f",
              r.profile().label(), acc, minSentimentBinary.getAsDouble()));
        }
      }
    }
    return List.copyOf(out);
  }
}
