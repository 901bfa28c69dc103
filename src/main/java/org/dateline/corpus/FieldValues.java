package org.dateline.corpus;

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

  private final FieldMapping mapping;
  private final Map<FieldMapping.Role, Value[]> byRole = new EnumMap<>(FieldMapping.Role.class);

  FieldValues(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /** Records {@code value} under every role whose candidates include {@code field}. */
  void offer(String field, String value) {
    if (field == null || value == null) {
      return;
    }
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

  boolean isEmpty() {
    return byRole.isEmpty();
  }
}
