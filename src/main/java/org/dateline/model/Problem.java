package org.dateline.model;

import java.util.Objects;

/**
 * A problem found in the input, with the place it was found and a message that says what
 * was wrong and what was done about it.
 */
public record Problem(Origin origin, ProblemKind kind, String message) implements java.io.Serializable {
  public Problem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return origin + ": " + kind.label() + ": " + message;
  }
}
