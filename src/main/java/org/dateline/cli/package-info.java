/**
 * The command line: picocli commands for {@code run}, {@code kwic}, {@code eval}, {@code bench},
 * {@code report} and {@code train-news}, their options, and progress on standard error.
 *
 * <p>The top of the import graph: it may import every other dateline package and picocli, and
 * is where concrete parts (the CoreNLP annotator, Lingua, the cache) are chosen. Only {@code
 * org.dateline.spark} imports it (for its commands' shared options and manners).
 */
package org.dateline.cli;
