/**
 * Loading: walking input folders in a fixed order, choosing the loader by name and bytes, and
 * the loaders for page text, JSON, JSON Lines, CSV and TSV, with field mapping, date parsing and
 * the repair of stray windows-1252 bytes. Produces {@link org.dateline.model.Article}s and
 * {@link org.dateline.model.Problem}s through a {@link org.dateline.corpus.RecordSink}.
 *
 * <p>May import {@code org.dateline.model}, Jackson (JSON) and Commons CSV.
 */
package org.dateline.corpus;
