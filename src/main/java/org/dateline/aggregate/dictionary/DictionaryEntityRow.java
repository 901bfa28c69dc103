package org.dateline.aggregate.dictionary;

import java.time.LocalDate;
import org.dateline.model.EntityType;

/**
 * One row of {@code dictionary_by_entity_date.csv}.
 *
 * @param period the period's first day
 * @param entity the entity's name after the one-entity-one-row rules
 * @param type its type
 * @param dictionary the dictionary's name
 * @param category the category
 * @param sentences the period's sentences that mention the entity
 * @param count matches of the category in those sentences
 */
public record DictionaryEntityRow(LocalDate period, String entity, EntityType type, String dictionary,
    String category, long sentences, long count) {}
