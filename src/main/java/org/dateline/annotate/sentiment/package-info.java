/**
 * The sentiment engines and what they share: the {@link
 * org.dateline.annotate.sentiment.SentimentEngine} interface, VADER (analyser and bundled
 * lexicon), clauses without a parse and their scores, and the {@code news} engine (features,
 * the bundled model, the fit).
 *
 * <p>May import {@code org.dateline.model}, {@code org.dateline.annotate}, {@code
 * org.dateline.annotate.embed} (the sentence encoder) and {@code org.dateline.io}; never
 * CoreNLP, which reaches the engines only as our records.
 */
package org.dateline.annotate.sentiment;
