package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.EntityType;

/**
 * How often two distinct entities were mentioned together in one period; the pair is ordered
 * so that (entityA, typeA) comes before (entityB, typeB) by name, then type name.
 *
 * @param period the first day of the period
 * @param documents documents of the period that mention both
 * @param sentences sentences of the period that mention both
 */
public record CooccurrenceCount(LocalDate period, String entityA, EntityType typeA, String entityB,
    EntityType typeB, long documents, long sentences) {
  public CooccurrenceCount {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(entityA, "entityA");
    Objects.requireNonNull(typeA, "typeA");
    Objects.requireNonNull(entityB, "entityB");
    Objects.requireNonNull(typeB, "typeB");
  }
}
