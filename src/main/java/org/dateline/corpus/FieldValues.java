package org.dateline.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one record that matter to a {@link FieldMapping}, collected as fields stream
 * past; fields that play no role are never stored. Not thread-safe; one per record.
 */
final class FieldValues {

  /** A value with the name of the field it came from, for messages. */
  record Value(String field, String value) {}

  /** Enough key names to recognise a record's shape in a message. */
  private static final int KEPT_KEYS = 12;

  private final FieldMapping mapping;
  private final Map<FieldMapping.Role, Value[]> byRole = new EnumMap<>(FieldMapping.Role.class);
  private final List<String> keys = new ArrayList<>();
  private int keyCount;
  /** Every key (up to a limit), for the row about a file's undated records. */
  private final Set<String> allKeys = new LinkedHashSet<>();
  /** The first plain value of each key (up to a limit), for finding a date field by its values. */
  private final Map<String, String> scalars = new LinkedHashMap<>();

  /** More keys than a record of a news corpus has; a cap against pathological records. */
  private static final int MAX_SEEN_KEYS = 64;

  FieldValues(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /** Notes a key the record has, for messages, whatever its value. */
  void key(String field) {
    if (field != null && allKeys.size() < MAX_SEEN_KEYS) {
      allKeys.add(field);
    }
    if (field != null && !keys.contains(field)) {
      keyCount++;
      if (keys.size() < KEPT_KEYS) {
        keys.add(field);
      }
    }
  }

  /** The record's keys (the first few), as a message names them: {@code 'a', 'b' and 3 more}. */
  String describeKeys() {
    if (keys.isEmpty()) {
      return "no keys";
    }
    StringBuilder sb = new StringBuilder();
    for (String k : keys) {
      sb.append(sb.length() == 0 ? "" : ", ").append('\'').append(k).append('\'');
    }
    if (keyCount > keys.size()) {
      sb.append(" and ").append(keyCount - keys.size()).append(" more");
    }
    return sb.toString();
  }

  /**
   * Notes a plain value of a field that plays no role, as a candidate for the date field (a
   * one-element list, a MongoDB date), without giving it a role.
   */
  void scalar(String field, String value) {
    if (field != null && value != null && scalars.size() < MAX_SEEN_KEYS) {
      scalars.putIfAbsent(field, value);
    }
  }

  /** The record's keys, in the order seen (up to a limit). */
  Set<String> keyNames() {
    return Collections.unmodifiableSet(allKeys);
  }

  /** The first plain value of each key, in the order seen (up to a limit). */
  Map<String, String> scalars() {
    return Collections.unmodifiableMap(scalars);
  }

  /** True when some field plays the role, even with a blank value. */
  boolean has(FieldMapping.Role role) {
    return byRole.containsKey(role);
  }

  /** Records {@code value} under every role whose candidates include {@code field}. */
  void offer(String field, String value) {
    if (field == null || value == null) {
      return;
    }
    key(field);
    scalar(field, value);
    for (FieldMapping.Role role : FieldMapping.Role.values()) {
      int rank = mapping.rank(role, field);
      if (rank >= 0) {
        Value[] slots = byRole.computeIfAbsent(role, r -> new Value[mapping.names(r).size()]);
        if (slots[rank] == null) {
          slots[rank] = new Value(field, value);
        }
      }
    }
  }

  /** The values present for {@code role}, best candidate first (blank ones included). */
  List<Value> all(FieldMapping.Role role) {
    Value[] slots = byRole.get(role);
    if (slots == null) {
      return List.of();
    }
    return java.util.Arrays.stream(slots).filter(v -> v != null).toList();
  }

  /** The best non-blank value for {@code role}, stripped, or null. */
  String best(FieldMapping.Role role) {
    for (Value v : all(role)) {
      if (!v.value().isBlank()) {
        return v.value().strip();
      }
    }
    return null;
  }
}
