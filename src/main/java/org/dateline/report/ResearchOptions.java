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
 *     (collocations)
 * @param reference what keyness compares a period with
 * @param collocationSizes the sequence lengths scored, a non-empty subset of {2, 3}
 */
public record ResearchOptions(long minCount, Reference reference, List<Integer> collocationSizes) {
  public static final long DEFAULT_MIN_COUNT = 5;

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

  /** The longest sequence scored: what the n-gram counts must hold. */
  public int maxCollocationSize() {
    return collocationSizes.get(collocationSizes.size() - 1);
  }
}
