package org.dateline.model;

import java.util.Locale;

/**
 * Named-entity types. The fast profile yields the four CoNLL types; the full profile adds
 * CoreNLP's numeric, temporal and fine-grained types. {@link #OTHER} keeps a label this
 * enum does not know rather than losing the mention.
 */
public enum EntityType {
  PERSON,
  LOCATION,
  ORGANIZATION,
  MISC,
  CITY,
  STATE_OR_PROVINCE,
  COUNTRY,
  NATIONALITY,
  RELIGION,
  IDEOLOGY,
  TITLE,
  CRIMINAL_CHARGE,
  CAUSE_OF_DEATH,
  DATE,
  TIME,
  DURATION,
  SET,
  MONEY,
  NUMBER,
  ORDINAL,
  PERCENT,
  EMAIL,
  URL,
  HANDLE,
  OTHER;

  /** The type for a CoreNLP NER label; {@code null} for the outside label {@code O}. */
  public static EntityType ofLabel(String label) {
    if (label == null || label.isEmpty() || label.equals("O")) {
      return null;
    }
    try {
      return valueOf(label.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return OTHER;
    }
  }
}
