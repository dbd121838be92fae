package org.sis.selectivesync.history;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders the Sync History table can be sorted in, each a column of the request. Sorting by a
 * field a user names goes through this list, so no user text reaches a query.
 */
public enum HistoryOrder {
  REQUESTED_AT("requestedAt", "r.id"),
  INITIATED_BY("initiatedBy", "r.initiatedBy"),
  OBJECT("object", "r.objectType"),
  DISTRICT("districtId", "r.districtId"),
  KEYS("keyCount", "r.keyCount"),
  STATUS("status", "r.status");

  private final String field;
  private final String path;

  HistoryOrder(String field, String path) {
    this.field = field;
    this.path = path;
  }

  /** The order of a table column's sort field, if it is one of these. */
  public static Optional<HistoryOrder> ofField(String field) {
    return Arrays.stream(values()).filter(order -> order.field.equals(field)).findFirst();
  }

  /** The JPQL ORDER BY clause, newest request last among equals. */
  String orderBy(boolean ascending) {
    String direction = ascending ? " ASC" : " DESC";
    return this == REQUESTED_AT
        ? " ORDER BY r.id" + direction
        : " ORDER BY " + path + direction + ", r.id DESC";
  }
}
