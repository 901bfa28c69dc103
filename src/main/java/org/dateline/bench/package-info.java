/**
 * An instrument around the pipeline, not part of it: the side-by-side throughput benchmark
 * ({@code dateline bench}) and the cold whole-process benchmark against CoreNLP's command line.
 *
 * <p>May import any pipeline package ({@code model}, {@code corpus}, {@code clean}, {@code
 * annotate} and its subpackages, {@code pipeline}, {@code aggregate}, {@code analysis}, {@code
 * report}) and Jackson; only {@code org.dateline.cli} imports it.
 */
package org.dateline.bench;
