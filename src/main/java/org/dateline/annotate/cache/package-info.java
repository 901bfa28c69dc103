/**
 * The annotation cache: a SQLite file of annotations, language verdicts and {@code news}
 * scores, keyed by a digest of the text and a fingerprint of everything that changes them,
 * and {@link org.dateline.annotate.cache.CachingAnnotator}, which puts it in front of any
 * annotator.
 *
 * <p>May import {@code org.dateline.model}, {@code org.dateline.annotate}, {@code
 * org.dateline.clean} (the language identifier it caches), {@code org.dateline.io}, JDBC and
 * sqlite-jdbc. It never imports CoreNLP: the fingerprint of a concrete annotator is passed in.
 */
package org.dateline.annotate.cache;
