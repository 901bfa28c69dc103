package org.dateline.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Entity match counts per class. Mergeable: {@link #plus} is associative and commutative with
 * {@link #EMPTY} as its identity, so sentences can be scored on any thread and combined.
 */
public final class NerCounts {

  public static final NerCounts EMPTY = new NerCounts(new EnumMap<>(EntityClass.class));

  private final Map<EntityClass, MatchCounts> byClass;

  private NerCounts(EnumMap<EntityClass, MatchCounts> byClass) {
    for (EntityClass c : EntityClass.values()) {
      byClass.putIfAbsent(c, MatchCounts.EMPTY);
    }
    this.byClass = Collections.unmodifiableMap(byClass);
  }

  /** Counts from per-class figures; classes left out count zero. */
  public static NerCounts of(Map<EntityClass, MatchCounts> byClass) {
    Objects.requireNonNull(byClass, "byClass");
    EnumMap<EntityClass, MatchCounts> copy = new EnumMap<>(EntityClass.class);
    copy.putAll(byClass);
    return new NerCounts(copy);
  }

  public MatchCounts of(EntityClass type) {
    return byClass.get(Objects.requireNonNull(type, "type"));
  }

  /** Micro-averaged over all classes: counts summed before rates are taken. */
  public MatchCounts overall() {
    MatchCounts sum = MatchCounts.EMPTY;
    for (MatchCounts c : byClass.values()) {
      sum = sum.plus(c);
    }
    return sum;
  }

  public NerCounts plus(NerCounts other) {
    Objects.requireNonNull(other, "other");
    EnumMap<EntityClass, MatchCounts> sum = new EnumMap<>(EntityClass.class);
    for (EntityClass c : EntityClass.values()) {
      sum.put(c, of(c).plus(other.of(c)));
    }
    return new NerCounts(sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NerCounts n && byClass.equals(n.byClass);
  }

  @Override
  public int hashCode() {
    return byClass.hashCode();
  }

  @Override
  public String toString() {
    return "NerCounts" + byClass;
  }
}
