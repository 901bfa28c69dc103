package org.dateline.eval;

import java.util.Optional;
import org.dateline.model.Sentiment;

/** The two classes of binary sentiment evaluation; neutral sentences have none. */
public enum Polarity {
  NEGATIVE,
  POSITIVE;

  /** Classes 0 and 1 are negative, 3 and 4 positive, 2 (neutral) has no polarity. */
  public static Optional<Polarity> of(Sentiment sentiment) {
    if (sentiment == null) {
      return Optional.empty();
    }
    return switch (sentiment) {
      case VERY_NEGATIVE, NEGATIVE -> Optional.of(NEGATIVE);
      case NEUTRAL -> Optional.empty();
      case POSITIVE, VERY_POSITIVE -> Optional.of(POSITIVE);
    };
  }

  /** The SST binary label: 0 negative, 1 positive. */
  public static Polarity ofLabel(int label) {
    return switch (label) {
      case 0 -> NEGATIVE;
      case 1 -> POSITIVE;
      default -> throw new IllegalArgumentException("binary label must be 0 or 1, was " + label);
    };
  }
}
