package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.EntityRow;

/**
 * Columns of {@code entities_by_date.csv}, in order; {@code type} is the {@link
 * org.dateline.model.EntityType} name ({@code PERSON}).
 */
public enum EntityColumn implements ReportColumn<EntityRow> {
  PERIOD(EntityRow::period),
  ENTITY(EntityRow::entity),
  TYPE(r -> r.type().name()),
  COUNT(EntityRow::count),
  DOC_FREQ(EntityRow::docFreq);

  private final Function<EntityRow, Object> getter;

  EntityColumn(Function<EntityRow, Object> getter) {
    this.getter = getter;
  }

  @Override
  public String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Object valueOf(EntityRow row) {
    return getter.apply(row);
  }
}
