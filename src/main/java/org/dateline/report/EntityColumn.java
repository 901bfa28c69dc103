package org.dateline.report;

import java.util.Locale;
import java.util.function.Function;
import org.dateline.aggregate.EntityRow;

/**
 * Columns of {@code entities_by_date.csv}, in order; {@code type} is the {@link
 * org.dateline.model.EntityType} name ({@code PERSON}).
 */
public enum EntityColumn implements ReportColumn<EntityRow> {
  PERIOD(CellType.TEXT, EntityRow::period),
  ENTITY(CellType.TEXT, EntityRow::entity),
  TYPE(CellType.TEXT, r -> r.type().name()),
  COUNT(CellType.NUMBER, EntityRow::count),
  DOC_FREQ(CellType.NUMBER, EntityRow::docFreq);

  private final CellType type;
  private final Function<EntityRow, Object> getter;

  EntityColumn(CellType type, Function<EntityRow, Object> getter) {
    this.type = type;
    this.getter = getter;
  }

  @Override
  public CellType type() {
    return type;
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
