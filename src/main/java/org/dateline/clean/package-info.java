/**
 * The stages between loading and annotation: whitespace and glued-name repair ({@link
 * org.dateline.clean.RecordCleaner}), exact dedup, the language filter and its identifiers.
 *
 * <p>May import {@code org.dateline.model}, {@code org.dateline.io} and Lingua (only in {@link
 * org.dateline.clean.LinguaLanguageIdentifier}).
 */
package org.dateline.clean;
