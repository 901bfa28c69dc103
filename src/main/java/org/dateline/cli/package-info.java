/**
 * The {@code dateline} command line: one picocli command per job ({@link Main}), the run's
 * options ({@link RunOptions}, shared with the Spark job), and the {@link Assembly} that builds
 * what the commands annotate with from {@link Models}, so that tests give the commands fakes.
 *
 * <p>The outermost package: it may import every other {@code org.dateline} package and is
 * imported only by {@code org.dateline.spark}, whose job takes the same options. {@code run}
 * and {@code kwic} get their annotator and language identifier from the assembly, the Spark
 * job's executors from {@link Models#standard()};
 * {@code eval}, {@code train-news} and {@code bench} build the annotators they measure or train
 * with themselves.
 */
package org.dateline.cli;
