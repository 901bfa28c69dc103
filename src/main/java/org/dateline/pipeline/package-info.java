/**
 * Wires the stages into a run: intake (sequence numbers, teasers held back, dedup, the strict
 * stop), the worker pool that annotates and aggregates, the run's counts and result, and the
 * checks made before any model loads.
 *
 * <p>May import {@code org.dateline.model}, {@code org.dateline.corpus}, {@code
 * org.dateline.clean}, {@code org.dateline.annotate}, {@code org.dateline.annotate.sentiment}
 * and {@code org.dateline.aggregate}; never CoreNLP, the cache or the CLI, which are given to
 * it. Imported by {@code report}, {@code cli}, {@code bench} and {@code spark}.
 */
package org.dateline.pipeline;
