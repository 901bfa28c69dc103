/**
 * The run on Apache Spark: the same stages as {@link org.dateline.pipeline.Pipeline}, spread
 * over a cluster, giving the same tables byte for byte.
 *
 * <p>How a run goes ({@link SparkRun}):
 *
 * <ol>
 *   <li>The driver lists the inputs ({@link InputListing}): local paths exactly as a run on one
 *       machine walks them, Hadoop file system URIs ({@code hdfs://}, {@code s3a://}) by the
 *       same rules. Each file is a numbered {@link InputUnit}.
 *   <li>Executors load and clean the files ({@link UnitLoader}), keeping the records in Spark's
 *       memory, and send the driver only a compact {@link org.dateline.clean.Deduplicator.Key}
 *       per record, with the problems found.
 *   <li>The driver passes the keys and problems, in input order, through the
 *       {@link org.dateline.pipeline.Intake} a run on one machine uses, so it numbers the records
 *       as that run does and keeps the same copies (teasers inside articles too), and broadcasts
 *       the kept ones ({@link KeptRecords}).
 *   <li>The kept records are spread over the partitions by their number ({@link
 *       RangePartitioner}); each partition is annotated by the one annotator of its executor JVM
 *       ({@link ExecutorModels}) into partial tables.
 *   <li>The driver collects one share per partition (an action, so a retried task counts once),
 *       merges them in partition order and writes the reports with the single-machine code.
 * </ol>
 *
 * <p>Nothing outside this package depends on it, and Spark is a provided dependency.
 */
package org.dateline.spark;
