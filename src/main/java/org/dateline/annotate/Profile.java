package org.dateline.annotate;

import java.util.Locale;

/**
 * Named sets of annotator settings. See docs/inputs.md (Profiles) for what each costs and gives.
 */
public enum Profile {
  /**
   * The default: the shift-reduce parser and CoNLL 4-class NER (PERSON, LOCATION,
   * ORGANIZATION, MISC), without SUTime, numeric or fine-grained classifiers.
   */
  FAST,
  /**
   * CoreNLP's complete English NER (three CRF models, SUTime, numeric and fine-grained types
   * such as DATE, MONEY, COUNTRY, CITY), still with the shift-reduce parser.
   */
  FULL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
