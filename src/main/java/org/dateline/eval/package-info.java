/**
 * Accuracy on gold standards: readers for CoNLL-2003, SST, rated sentences and NewsMTSC, the
 * scorers, {@code eval.csv} and {@code predictions.csv}, and the training of the {@code news}
 * engine's model from the same gold sets.
 *
 * <p>May import {@code org.dateline.model}, {@code org.dateline.annotate} (annotators come in
 * through the interface), {@code org.dateline.annotate.sentiment}, {@code
 * org.dateline.annotate.embed}, {@code org.dateline.report}, Jackson and Commons CSV; only
 * {@code org.dateline.cli} imports it.
 */
package org.dateline.eval;
