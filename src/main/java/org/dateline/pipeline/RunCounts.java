package org.dateline.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.dateline.model.ProblemKind;

/**
 * The counters of a run (records read, skipped by reason, duplicates, languages...), safe to
 * increment from several threads. A counter is listed once it was added to, even with 0;
 * {@link #entries()} lists them in the order of their manifest names, so the manifest is stable.
 */
public final class RunCounts {

  /**
   * What a counter counts: a fixed {@link Counter}, the problems of a kind
   * ({@link ProblemCount}), or the records in a language ({@link LanguageCount}). Serializable, so that counts made elsewhere (a Spark
   * executor) can travel as {@link Entry entries}.
   */
  public sealed interface Key extends Serializable permits Counter, ProblemCount, LanguageCount {
    /** The counter's name in the manifest. */
    String label();
  }

  /** The problems of one kind: {@code problem_<kind>}. */
  public record ProblemCount(ProblemKind kind) implements Key {
    public ProblemCount {
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public String label() {
      return "problem_" + kind.label();
    }
  }

  /** The records in one language, an ISO 639-1 code or {@code und}: {@code language_<code>}. */
  public record LanguageCount(String code) implements Key {
    public LanguageCount {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String label() {
      return "language_" + code;
    }
  }

  /** One counter and its value. */
  public record Entry(Key key, long value) implements Serializable {
    public Entry {
      Objects.requireNonNull(key, "key");
    }

    /** The counter's name in the manifest. */
    public String name() {
      return key.label();
    }
  }

  private final Map<Key, LongAdder> counters = new ConcurrentHashMap<>();

  public void add(Key key, long delta) {
    Objects.requireNonNull(key, "key");
    counters.computeIfAbsent(key, k -> new LongAdder()).add(delta);
  }

  public void increment(Key key) {
    add(key, 1);
  }

  /** Adds every entry of {@code entries}, such as the counts of a share made elsewhere. */
  public void addAll(List<Entry> entries) {
    for (Entry e : entries) {
      add(e.key(), e.value());
    }
  }

  public long get(Key key) {
    LongAdder adder = counters.get(key);
    return adder == null ? 0 : adder.sum();
  }

  /** Counts a record in {@code language} (an ISO 639-1 code or {@code und}). */
  public void incrementLanguage(String language) {
    increment(new LanguageCount(language));
  }

  /** Counts a problem. */
  public void incrementProblem(ProblemKind kind) {
    increment(new ProblemCount(kind));
  }

  /** Problems of {@code kind} counted so far. */
  public long problems(ProblemKind kind) {
    return get(new ProblemCount(kind));
  }

  /** Every counter added to, in the order of their manifest names. */
  public List<Entry> entries() {
    Map<Key, LongAdder> byName = new TreeMap<>(Comparator.comparing(Key::label));
    byName.putAll(counters);
    List<Entry> out = new ArrayList<>();
    byName.forEach((key, adder) -> out.add(new Entry(key, adder.sum())));
    return List.copyOf(out);
  }
}
