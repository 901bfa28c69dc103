package org.dateline.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.EntityType;

/**
 * One row of {@code keyness_by_date.csv}.
 *
 * @param period the first day of the period
 * @param kind term or entity
 * @param feature the term or entity name
 * @param type the entity type; null for terms
 * @param count occurrences in the period
 * @param referenceCount occurrences in the reference
 * @param periodTotal counted tokens (terms) or entity mentions (entities) of the period
 * @param referenceTotal the same for the reference
 * @param score G², p and Log Ratio
 */
public record KeynessRow(LocalDate period, FeatureKind kind, String feature, EntityType type, long count,
    long referenceCount, long periodTotal, long referenceTotal, KeynessScore score) {
  public KeynessRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(score, "score");
  }
}
