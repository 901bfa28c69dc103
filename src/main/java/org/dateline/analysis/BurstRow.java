package org.dateline.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.EntityType;

/**
 * One row of {@code bursts.csv}: a maximal run of burst periods of one feature.
 *
 * @param type the entity type; null for terms
 * @param start the first period of the burst
 * @param end the last period of the burst
 * @param periods periods in the burst, empty ones included
 * @param weight Σ over the burst of (cost in the base state − cost in the burst state)
 */
public record BurstRow(FeatureKind kind, String feature, EntityType type, LocalDate start, LocalDate end,
    int periods, double weight) {
  public BurstRow {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }
}
