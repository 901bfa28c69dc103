package org.dateline.eval;

import java.util.Locale;

/** What an evaluation row measures. */
public enum EvalTask {
  /** Named entities against CoNLL-2003. */
  NER,
  /** Sentence sentiment against the Stanford Sentiment Treebank. */
  SENTIMENT;

  /** The lower-case label used in {@code eval.csv}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
