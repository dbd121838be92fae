package org.sis.selectivesync.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The synced fields of one record on one side as texts, with its child rows (identity rows) each
 * both field by field and as a one-line summary. Two of them, one per side, give the field-level
 * differences: fields of rows at both sides are compared one by one, a row at one side only is one
 * difference.
 */
final class RecordFields {

  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<Long, Map<String, String>> rows = new LinkedHashMap<>();

  /** Adds a field of the record; {@code null} values stay empty. */
  RecordFields field(String name, Object value) {
    fields.put(name, text(value));
    return this;
  }

  /** Whether the record has a field of that name. */
  boolean hasField(String name) {
    return fields.containsKey(name);
  }

  /** Adds a field of a child row. */
  RecordFields rowField(long row, String name, Object value) {
    rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(name, text(value));
    return this;
  }

  /** The differences from the state's fields of the same record, district fields first. */
  List<FieldDifference> differencesFrom(long key, RecordFields state) {
    List<FieldDifference> differences = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>(fields.keySet());
    names.addAll(state.fields.keySet());
    for (String name : names) {
      compare(key, name, null, fields.get(name), state.fields.get(name), differences);
    }
    Set<Long> rowIds = new TreeSet<>(rows.keySet());
    rowIds.addAll(state.rows.keySet());
    for (long row : rowIds) {
      Map<String, String> here = rows.get(row);
      Map<String, String> there = state.rows.get(row);
      if (here == null || there == null) {
        differences.add(
            new FieldDifference(key, "identityRow", row, summary(here), summary(there)));
      } else {
        here.forEach((name, value) -> compare(key, name, row, value, there.get(name), differences));
      }
    }
    return differences;
  }

  /** The differences of a record at the district only or at the state only: every field. */
  static List<FieldDifference> oneSided(long key, RecordFields district, RecordFields state) {
    return (district == null ? new RecordFields() : district)
        .differencesFrom(key, state == null ? new RecordFields() : state);
  }

  private static void compare(
      long key,
      String name,
      Long row,
      String district,
      String state,
      List<FieldDifference> differences) {
    if (!Objects.equals(district, state)) {
      differences.add(new FieldDifference(key, name, row, district, state));
    }
  }

  private static String summary(Map<String, String> row) {
    if (row == null) {
      return null;
    }
    return String.join(" | ", row.values().stream().map(v -> v == null ? "" : v).toList());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
