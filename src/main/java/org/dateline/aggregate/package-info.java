/**
 * Aggregation: mergeable tables computed from annotated articles.
 *
 * <p>Each table ({@link org.dateline.aggregate.TermTable}, {@link org.dateline.aggregate.EntityTable},
 * {@link org.dateline.aggregate.SentimentTable}, and the bundle
 * {@link org.dateline.aggregate.CorpusTables}) starts empty, takes articles with {@code add},
 * and combines with another partial table with {@code merge}. Merging is associative and
 * commutative, and all sums are exact integers, so the rows come out equal on one thread or
 * many. Rows are immutable records of values, not text (dates, enums, exact {@link
 * org.dateline.aggregate.Ratio}s), sorted deterministically; only {@code report} rounds and
 * formats them.
 */
package org.dateline.aggregate;
