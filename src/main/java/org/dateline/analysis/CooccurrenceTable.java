package org.dateline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.aggregate.CooccurrenceCount;
import org.dateline.aggregate.CorpusTables;
import org.dateline.aggregate.EntityRow;
import org.dateline.model.EntityType;

/**
 * The rows of {@code cooccurrence_by_date.csv}: pairs of entities mentioned together in at
 * least the minimum number of documents of a period, with {@link Npmi} over the period's
 * documents. Sorted by period, documents descending, then the names and types.
 */
public final class CooccurrenceTable {
  private CooccurrenceTable() {}

  private record Entity(LocalDate period, String name, EntityType type) {}

  public static List<CooccurrenceRow> rows(CorpusTables tables, long minCount) {
    Objects.requireNonNull(tables, "tables");
    Map<LocalDate, Long> docs = tables.research().documentsByPeriod();
    Map<Entity, Long> docFreq = new HashMap<>();
    for (EntityRow r : tables.entities().rows()) {
      docFreq.put(new Entity(r.period(), r.entity(), r.type()), r.docFreq());
    }
    List<CooccurrenceRow> out = new ArrayList<>();
    for (CooccurrenceCount c : tables.resolvedEntities().cooccurrence(Math.max(1, minCount))) {
      long a = docFreq.get(new Entity(c.period(), c.entityA(), c.typeA()));
      long b = docFreq.get(new Entity(c.period(), c.entityB(), c.typeB()));
      out.add(new CooccurrenceRow(c, Npmi.of(c.documents(), a, b, docs.get(c.period()))));
    }
    return List.copyOf(out);
  }
}
