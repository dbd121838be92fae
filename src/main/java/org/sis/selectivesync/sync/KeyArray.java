package org.sis.selectivesync.sync;

import java.util.Collection;

/**
 * A chunk's keys bound as one array parameter, {@code k = SQL('ANY(?)', :keys)}, instead of a list
 * of a thousand bound values. The statement then looks the same for every chunk: PostgreSQL reuses
 * one generic plan with index lookups, where a list of known values gets a new plan per chunk that
 * often scans the whole table (see docs/benchmarks.md). H2 takes the same syntax.
 */
final class KeyArray {

  /** The JPQL condition's right-hand side, for a parameter named {@code keys}. */
  static final String ANY_OF_KEYS = "SQL('ANY(?)', :keys)";

  private KeyArray() {}

  /** The keys as the array the parameter takes. */
  static Long[] of(Collection<Long> keys) {
    return keys.toArray(Long[]::new);
  }
}
