/**
 * A run's stages wired together: reading and cleaning ({@link org.dateline.pipeline.RecordIntake}),
 * numbering and dedup ({@link org.dateline.pipeline.Intake}), annotation and aggregation on worker
 * threads, and the result put back in input order ({@link org.dateline.pipeline.Pipeline}); plus
 * what a run produces and counts ({@link org.dateline.pipeline.RunResult},
 * {@link org.dateline.pipeline.RunCounts}, {@link org.dateline.pipeline.StageTimings}).
 *
 * <p>May import {@code model}, {@code corpus}, {@code clean}, {@code annotate} and
 * {@code aggregate}; never {@code report}, {@code cli} or {@code spark}, which build on it. The
 * Spark driver reuses {@link org.dateline.pipeline.Intake} and
 * {@link org.dateline.pipeline.ShareAnnotator} so that both drivers give the same tables.
 */
package org.dateline.pipeline;
