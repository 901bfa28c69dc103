/**
 * Keyword in context: every occurrence of token patterns in a corpus, with the tokens around
 * it, as quanteda's {@code kwic} gives them.
 */
package org.dateline.kwic;
