/**
 * HTML pages as a corpus format: {@link org.dateline.corpus.html.HtmlLoader} reads a saved page
 * as one article; {@link org.dateline.corpus.html.HtmlCharset} decodes its bytes, {@link
 * org.dateline.corpus.html.PageMetadata} reads the title, author, address and date candidates the
 * page declares, and {@link org.dateline.corpus.html.ArticleExtractor} finds the main text
 * without navigation, comments, share buttons, related lists and footers. {@link
 * org.dateline.corpus.html.ExtractionScore} is the word-shingle score the extraction is measured
 * with.
 *
 * <p>May import jsoup, Jackson's streaming parser, {@code org.dateline.model} and the public
 * intake types of {@code org.dateline.corpus} (Loader, TextInput, LoadOptions, RecordSink,
 * DateParser); nothing else of the program.
 */
package org.dateline.corpus.html;
