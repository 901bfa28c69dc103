package org.dateline.model;

import java.util.Objects;

/**
 * A named-entity mention, possibly spanning several tokens ({@code Kim Jong Un}).
 *
 * @param text the mention's words joined by single spaces
 * @param type the entity type
 * @param sentenceIndex the 0-based index of the sentence that holds it
 */
public record EntityMention(String text, EntityType type, int sentenceIndex) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
