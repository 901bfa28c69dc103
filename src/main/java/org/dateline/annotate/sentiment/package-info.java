/**
 * The sentiment engines that work on annotated sentences: VADER, the clause scorers, and the
 * {@code news} engine, whose inputs are split by job ({@link
 * org.dateline.annotate.sentiment.NewsFeatures} dense features, {@link
 * org.dateline.annotate.sentiment.NewsGrams} n-grams, {@code TargetPlace} navigation of the
 * sentiment tree), whose coefficients are {@link org.dateline.annotate.sentiment.NewsModel} and
 * which {@link org.dateline.annotate.sentiment.NewsScorer} applies. Training the model is
 * {@code org.dateline.train}'s job, not this package's.
 *
 * <p>May import {@code org.dateline.annotate}, {@code org.dateline.annotate.embed} (the
 * sentence vectors' interface, and the real encoder as the default), {@code org.dateline.io} and
 * {@code org.dateline.model}; no CoreNLP, ONNX Runtime or langchain4j types.
 */
package org.dateline.annotate.sentiment;
