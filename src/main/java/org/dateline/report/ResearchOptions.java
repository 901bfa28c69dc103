package org.dateline.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.analysis.Reference;

/**
 * Settings of the research tables (keyness, bursts, co-occurrence, collocations).
 *
 * @param minCount the smallest count a row needs: the period count (keyness), the run's document
 *     frequency (bursts), the documents with both (co-occurrence), the sequence count
 *     (collocations), the scored mentions (entity sentiment, written even when the four
 *     research tables are off)
 * @param reference what keyness compares a period with
 * @param collocationSizes the sequence lengths scored, a non-empty subset of {2, 3}
 * @param enabled false to write none of the four tables (the entity rules still apply)
 */
public record ResearchOptions(long minCount, Reference reference, List<Integer> collocationSizes, boolean enabled) {
  public static final long DEFAULT_MIN_COUNT = 5;

  /** Options for writing the tables. */
  public ResearchOptions(long minCount, Reference reference, List<Integer> collocationSizes) {
    this(minCount, reference, collocationSizes, true);
  }

  public ResearchOptions {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(collocationSizes, "collocationSizes");
    if (minCount < 1) {
      throw new IllegalArgumentException("--min-count must be at least 1, was " + minCount);
    }
    Set<Integer> sizes = new TreeSet<>(collocationSizes);
    if (sizes.isEmpty() || !Set.of(2, 3).containsAll(sizes)) {
      throw new IllegalArgumentException("--collocation-size takes 2, 3 or 2,3; got " + collocationSizes);
    }
    collocationSizes = List.copyOf(sizes);
  }

  /** Minimum count 5, the rest of the run as reference, word pairs. */
  public static ResearchOptions defaults() {
    return new ResearchOptions(DEFAULT_MIN_COUNT, Reference.REST, List.of(2));
  }

  /** The defaults, but no research tables written. */
  public static ResearchOptions off() {
    return new ResearchOptions(DEFAULT_MIN_COUNT, Reference.REST, List.of(2), false);
  }

  /** The longest sequence scored: what the n-gram counts must hold; 0 when the tables are off. */
  public int maxCollocationSize() {
    return enabled ? collocationSizes.get(collocationSizes.size() - 1) : 0;
  }
}
