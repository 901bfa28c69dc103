package org.dateline.model;

import java.util.Objects;

/**
 * A named-entity mention, possibly spanning several tokens ({@code Kim Jong Un}).
 *
 * @param text the mention's words joined by single spaces
 * @param type the entity type
 * @param sentenceIndex the 0-based index of the sentence that holds it
 * @param begin the index of its first token in that sentence, or {@link #UNKNOWN}
 * @param end the index one past its last token, or {@link #UNKNOWN}
 */
public record EntityMention(String text, EntityType type, int sentenceIndex, int begin, int end) {
  /** The token span of a mention whose source did not give one. */
  public static final int UNKNOWN = -1;

  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    boolean unknown = begin == UNKNOWN && end == UNKNOWN;
    if (!unknown && (begin < 0 || end <= begin)) {
      throw new IllegalArgumentException("a mention spans tokens begin .. end - 1 with 0 <= begin < end, or "
          + "both are UNKNOWN; was " + begin + " .. " + end + " for '" + text + "'");
    }
  }

  /** A mention whose place in its sentence is not known. */
  public EntityMention(String text, EntityType type, int sentenceIndex) {
    this(text, type, sentenceIndex, UNKNOWN, UNKNOWN);
  }

  /** Whether {@link #begin()} and {@link #end()} give the mention's tokens. */
  public boolean hasSpan() {
    return begin != UNKNOWN;
  }
}
