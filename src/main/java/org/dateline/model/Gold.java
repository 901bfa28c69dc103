package org.dateline.model;

import java.util.Objects;

/** What a gold standard gives an item: a mean human rating or a tone label. */
public sealed interface Gold {

  /** A mean human rating, on the gold file's scale (the NYT editorials' -4 .. +4: {@code -1.25}). */
  record Rating(double value) implements Gold {}

  /** A tone label ({@code negative}), such as NewsMTSC gives a target. */
  record Label(Tone tone) implements Gold {
    public Label {
      Objects.requireNonNull(tone, "tone");
    }
  }
}
