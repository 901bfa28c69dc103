package org.dateline.analysis;

import java.util.Locale;

/** What a keyness or burst row is about: a term of the term table or an entity of the entity table. */
public enum FeatureKind {
  ENTITY,
  TERM;

  /** {@code entity} or {@code term}, as written in the tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
