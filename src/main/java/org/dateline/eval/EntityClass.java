package org.dateline.eval;

import java.util.Optional;
import org.dateline.model.EntityType;

/**
 * The four CoNLL-2003 entity classes, which the NER evaluation scores.
 *
 * <p>CoreNLP labels map onto them as follows: PERSON to PER, LOCATION to LOC, ORGANIZATION
 * to ORG, MISC to MISC. The full profile replaces LOCATION by finer types for some tokens and
 * adds types that CoNLL files under MISC, so CITY, COUNTRY and STATE_OR_PROVINCE map to LOC and
 * NATIONALITY, RELIGION and IDEOLOGY to MISC. Every other label (O, DATE, NUMBER, TITLE,
 * MONEY, ...) maps to no class, because CoNLL-2003 does not annotate those.
 */
public enum EntityClass {
  PER,
  LOC,
  ORG,
  MISC;

  /** The class a CoreNLP NER label counts as, or empty when it counts as outside. */
  public static Optional<EntityClass> ofCoreNlp(String label) {
    EntityType type = EntityType.ofLabel(label);
    if (type == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(switch (type) {
      case PERSON -> PER;
      case LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE -> LOC;
      case ORGANIZATION -> ORG;
      case MISC, NATIONALITY, RELIGION, IDEOLOGY -> MISC;
      default -> null;
    });
  }

  /** The CoNLL spelling, as used in metric names such as {@code f1_PER}. */
  public String label() {
    return name();
  }
}
