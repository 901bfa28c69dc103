package org.dateline.eval;

import java.util.Objects;

/**
 * An entity as a span of token positions within one sentence.
 *
 * @param start the index of its first token
 * @param end the index after its last token
 * @param type its class
 */
public record EntitySpan(int start, int end, EntityClass type) {
  public EntitySpan {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("need 0 <= start < end, was start=" + start + ", end=" + end);
    }
  }
}
