/**
 * Intake: turns files and folders of news (JSON, JSON Lines, CSV, TSV, scraped page text,
 * optionally gzip-compressed) into {@link org.dateline.model.Article}s and {@link
 * org.dateline.model.Problem}s, in a fixed order, for a {@link org.dateline.corpus.RecordSink}.
 *
 * <p>{@link org.dateline.corpus.CorpusReader} is the entry point and only puts the steps in
 * order: {@code InputWalker} lists the files of the inputs (what a folder walk skips),
 * {@code ContentSniffer} reads each file once for its size, hash, encoding and whether it is
 * text, {@code LoaderChoice} picks the {@link org.dateline.corpus.Loader} by name and first
 * character, and the loaders ({@link org.dateline.corpus.JsonLoader}, {@link
 * org.dateline.corpus.CsvLoader}, {@link org.dateline.corpus.PageTextLoader}) stream records
 * through {@link org.dateline.corpus.RecordMapper} and {@link org.dateline.corpus.DateParser}.
 * A bad record or file is a problem, never an exception that stops the run.
 *
 * <p>May import {@code org.dateline.model}, {@code org.dateline.io}, Jackson's streaming
 * parser and Commons CSV; nothing else of the program, so the intake can be used and tested
 * without annotators, caches or tables.
 */
package org.dateline.corpus;
