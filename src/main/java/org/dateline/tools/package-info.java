/**
 * Instruments around the product: code that measures or compares dateline, never code a run
 * needs. Everything outside {@code org.dateline.tools} is the pipeline and its front end; a
 * tool may import any of it, but nothing in it imports a tool, except the command-line class
 * that offers the tool as a command ({@code org.dateline.cli.BenchCommand} for {@link
 * org.dateline.tools.bench}). So a tool can be changed or dropped without touching a run.
 *
 * <p>Tools hold no CoreNLP types either: CoreNLP stays inside {@code
 * org.dateline.annotate.corenlp}, which offers the tools what they need of it (CoreNLP's own
 * pipeline and command line as a baseline, {@link org.dateline.annotate.corenlp.CoreNlpBaseline}).
 */
package org.dateline.tools;
