/**
 * The {@code bench} command's measurements: an instrument, not the product. {@link Benchmark}
 * times our pipeline against CoreNLP's own in one warmed JVM; {@link ColdBenchmark} times whole
 * processes, the launcher's {@code run} against CoreNLP's command line, starting JVMs and reading
 * their resource use from Linux's {@code /proc}, and takes each run's documents and tokens from
 * the {@code manifest.json} it wrote ({@link RunManifest}).
 *
 * <p>May import every product package (it drives the pipeline, the annotators, the cache and the
 * reports as a run does) and Jackson's streaming API; no CoreNLP types, which it reaches only
 * through {@link org.dateline.annotate.corenlp.CoreNlpBaseline}. Only {@code
 * org.dateline.cli.BenchCommand} imports this package.
 */
package org.dateline.tools.bench;
