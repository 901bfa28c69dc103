package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.dateline.model.ProblemKind;

/**
 * Named counters of a run (records read, skipped by reason, duplicates, languages...),
 * safe to increment from several threads. {@link #entries()} lists them in name order so the
 * manifest is stable.
 */
public final class RunCounts {

  /** One counter. */
  public record Entry(String name, long value) implements java.io.Serializable {}

  private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

  public void add(Counter counter, long delta) {
    add(counter.label(), delta);
  }

  public void increment(Counter counter) {
    add(counter.label(), 1);
  }

  public long get(Counter counter) {
    return get(counter.label());
  }

  /** Counts a record in {@code language} (an ISO 639-1 code or {@code und}): {@code language_<code>}. */
  public void incrementLanguage(String language) {
    add("language_" + Objects.requireNonNull(language, "language"), 1);
  }

  /** Counts a problem: {@code problem_<kind>}. */
  public void incrementProblem(ProblemKind kind) {
    add(problemName(kind), 1);
  }

  /** Problems of {@code kind} counted so far. */
  public long problems(ProblemKind kind) {
    return get(problemName(kind));
  }

  private static String problemName(ProblemKind kind) {
    return "problem_" + kind.label();
  }

  /** For counters named at run time, beyond {@link Counter}; the name is the manifest's. */
  public void add(String name, long delta) {
    Objects.requireNonNull(name, "name");
    counters.computeIfAbsent(name, k -> new LongAdder()).add(delta);
  }

  public void increment(String name) {
    add(name, 1);
  }

  public long get(String name) {
    LongAdder adder = counters.get(name);
    return adder == null ? 0 : adder.sum();
  }

  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    new TreeMap<>(counters).forEach((name, adder) -> out.add(new Entry(name, adder.sum())));
    return List.copyOf(out);
  }
}
