/**
 * Web archives as a corpus format: {@link org.dateline.corpus.warc.WarcLoader} streams a WARC
 * file with jwarc and hands each HTML page it holds to the HTML loader.
 *
 * <p>May import jwarc, {@code org.dateline.corpus.html}, {@code org.dateline.model} and the
 * public intake types of {@code org.dateline.corpus}; nothing else of the program.
 */
package org.dateline.corpus.warc;
