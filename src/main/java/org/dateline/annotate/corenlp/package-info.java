/**
 * The Stanford CoreNLP adapter: the only package that imports {@code edu.stanford.nlp}. It turns
 * CoreNLP's annotations into our immutable records ({@code org.dateline.model}), builds the
 * properties behind a run's layers and profile, fingerprints them for the cache, and gives the
 * benchmark CoreNLP's own pipeline for comparison.
 *
 * <p>May import CoreNLP, {@code org.dateline.model}, {@code org.dateline.annotate}, {@code
 * org.dateline.annotate.sentiment} (the engines that score its sentences) and {@code
 * org.dateline.io}. No CoreNLP type leaves this package.
 */
package org.dateline.annotate.corenlp;
