package org.dateline.analysis.topics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A topic's prevalence in one period: the mean of the period's documents' proportions of it and
 * the 95% interval of that mean (Student's t, clamped to [0, 1]; [0, 1] for a single document).
 */
public record TopicPeriodRow(LocalDate period, int topic, long documents, double share, double ciLow,
    double ciHigh) {
  public TopicPeriodRow {
    Objects.requireNonNull(period, "period");
  }
}
