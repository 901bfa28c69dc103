package org.dateline.aggregate;

import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.EntityType;

/**
 * One row of the entity table.
 *
 * @param period the first day of the period
 * @param entity the mention text as annotated ({@code Kim Jong Un}); case is kept
 * @param type the entity type
 * @param count mentions in the period
 * @param docFreq documents of the period that mention it at least once
 */
public record EntityRow(LocalDate period, String entity, EntityType type, long count, long docFreq) {
  public EntityRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(type, "type");
  }
}
