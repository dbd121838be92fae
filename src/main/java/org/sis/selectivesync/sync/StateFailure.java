package org.sis.selectivesync.sync;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells apart why a state transaction failed: the database could not be reached or the transaction
 * lost a race with another one (worth retrying), or the state rejected the data (retrying the same
 * rows cannot help).
 */
final class StateFailure {

  /**
   * SQL states of lost races: serialization failure, deadlock, a concurrent insert of the same key,
   * and a lock wait that timed out (H2 HYT00, PostgreSQL 55P03).
   */
  private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "23505", "HYT00", "55P03");

  /** H2's own codes for a broken or closed connection. */
  private static final Set<String> H2_CONNECTION = Set.of("90067", "90098", "90121", "08000");

  private StateFailure() {}

  /** Whether a failure may pass when the same transaction is tried again. */
  static boolean isTransient(Throwable failure) {
    Optional<SQLException> sql = sqlCause(failure);
    if (sql.isEmpty()) {
      return connectionProblem(failure);
    }
    String state = sql.get().getSQLState();
    return state == null
        || state.startsWith("08")
        || state.startsWith("57P")
        || CONFLICTS.contains(state)
        || H2_CONNECTION.contains(state);
  }

  /** The most telling message of a failure, for a record result. */
  static String describe(Throwable failure) {
    return sqlCause(failure)
        .map(Throwable::getMessage)
        .orElseGet(() -> deepest(failure).toString());
  }

  private static boolean connectionProblem(Throwable failure) {
    String message = String.valueOf(deepest(failure).getMessage());
    return message.contains("allocating a connection") || message.contains("Connection refused");
  }

  private static Optional<SQLException> sqlCause(Throwable failure) {
    SQLException found = null;
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        found = sql;
      }
    }
    return Optional.ofNullable(found);
  }

  private static Throwable deepest(Throwable failure) {
    Throwable t = failure;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
