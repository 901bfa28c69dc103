package org.dateline.eval;

import java.util.Locale;

/** What an evaluation row measures. */
public enum EvalTask {
  /** Named entities against CoNLL-2003. */
  NER,
  /** Sentence sentiment against the Stanford Sentiment Treebank. */
  SST,
  /** Sentence scores against people's mean ratings (the NYT editorial format). */
  RATINGS,
  /** Tone towards a named person against NewsMTSC labels. */
  NEWSMTSC;

  /** The lower-case label used in {@code eval.csv} and {@code predictions.csv}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
