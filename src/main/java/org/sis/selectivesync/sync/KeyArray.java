package org.sis.selectivesync.sync;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import org.eclipse.persistence.sessions.Session;

/**
 * How a chunk's keys are bound in a query: on PostgreSQL as one array parameter, {@code k =
 * SQL('ANY(?)', :keys)}, elsewhere as the usual list, {@code k IN :keys}. With the array the
 * statement looks the same for every chunk and PostgreSQL reuses one generic plan with index
 * lookups, where a list of a thousand known values gets a new plan per chunk that often scans the
 * whole table (see docs/benchmarks.md). EclipseLink does not bind parameters inside SQL() on H2, so
 * H2 keeps the list.
 */
final class KeyArray {

  private final boolean array;

  private KeyArray(boolean array) {
    this.array = array;
  }

  /** The binding for the database behind an entity manager (inside a transaction). */
  static KeyArray of(EntityManager manager) {
    return new KeyArray(manager.unwrap(Session.class).getPlatform().isPostgreSQL());
  }

  /** The JPQL condition that a path is one of the keys, for a parameter named {@code keys}. */
  String matches(String path) {
    return array ? path + " = SQL('ANY(?)', :keys)" : path + " IN :keys";
  }

  /** The value the {@code keys} parameter takes. */
  Object keys(Collection<Long> keys) {
    return array ? keys.toArray(Long[]::new) : keys;
  }
}
