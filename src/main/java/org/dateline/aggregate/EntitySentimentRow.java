package org.dateline.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.dateline.model.EntityType;
import org.dateline.model.SentimentEngineId;

/**
 * One row of the entity sentiment table: the tone towards one entity in one period by one
 * engine. Figures are unrounded; the report rounds them as every table does.
 *
 * @param period the first day of the period
 * @param entity the entity's name as the entity table counts it
 * @param type its type as the entity table counts it
 * @param engine the sentiment engine
 * @param mentions mentions of the entity the engine scored
 * @param sentences distinct sentences holding those mentions
 * @param mean the mean score of the clauses around the mentions, on the engine's scale
 * @param ciLow the lower end of the 95% confidence interval of the mean; null below 2 mentions
 * @param ciHigh the upper end
 * @param negative mentions in a clause of negative tone
 * @param neutral mentions in a clause of neutral tone
 * @param positive mentions in a clause of positive tone
 */
public record EntitySentimentRow(
    LocalDate period,
    String entity,
    EntityType type,
    SentimentEngineId engine,
    long mentions,
    long sentences,
    BigDecimal mean,
    BigDecimal ciLow,
    BigDecimal ciHigh,
    long negative,
    long neutral,
    long positive) {

  public EntitySentimentRow {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(mean, "mean");
  }
}
