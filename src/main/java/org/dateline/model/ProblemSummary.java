package org.dateline.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A run's problems told by what they did: records skipped, repaired and kept with a note, with
 * the kinds under each. What the run's last lines, {@code extract}'s summary and the manifest
 * say instead of one count of "problems", most of which may be repairs. Immutable.
 */
public final class ProblemSummary {
  private final Map<ProblemEffect, Map<String, Long>> kinds;

  private ProblemSummary(Map<ProblemEffect, Map<String, Long>> kinds) {
    this.kinds = kinds;
  }

  /** The summary of {@code problems}. */
  public static ProblemSummary of(Collection<Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    Map<ProblemEffect, Map<String, Long>> kinds = new EnumMap<>(ProblemEffect.class);
    for (ProblemEffect e : ProblemEffect.values()) {
      kinds.put(e, new TreeMap<>());
    }
    for (Problem p : problems) {
      kinds.get(p.kind().effect()).merge(p.kind().label(), 1L, Long::sum);
    }
    return new ProblemSummary(kinds);
  }

  /** Problems with the given effect. */
  public long count(ProblemEffect effect) {
    return kinds.get(effect).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Problems of each kind with the given effect, by kind label. */
  public Map<String, Long> kinds(ProblemEffect effect) {
    return java.util.Collections.unmodifiableMap(kinds.get(effect));
  }

  /** {@code 6 records skipped, 21 repaired, 0 notes}. */
  public String line() {
    List<String> parts = new ArrayList<>();
    for (ProblemEffect e : ProblemEffect.values()) {
      parts.add(e.count(count(e)));
    }
    return String.join(", ", parts);
  }

  /**
   * One line per effect that any problem had, naming its kinds: {@code skipped: empty_text 6},
   * {@code repaired: repaired_glued_name 21}; none when there were no problems.
   */
  public List<String> kindLines() {
    List<String> out = new ArrayList<>();
    for (ProblemEffect e : ProblemEffect.values()) {
      Map<String, Long> k = kinds.get(e);
      if (!k.isEmpty()) {
        List<String> parts = new ArrayList<>();
        k.forEach((kind, n) -> parts.add(kind + " " + n));
        out.add(e.label() + ": " + String.join(", ", parts));
      }
    }
    return out;
  }
}
