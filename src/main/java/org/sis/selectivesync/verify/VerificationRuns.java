package org.sis.selectivesync.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.DatabaseConnections;

/**
 * Verification runs and the keys of their sets in the tool database, through JDBC. Every method is
 * one short transaction of its own on one connection (the pool is not XA, so a transaction may not
 * hold two); keys are written in batches by the running job and read a page at a time, so neither
 * side holds a whole set in memory. Checks no rights: {@link VerificationService} does.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class VerificationRuns {

  private static final String COLUMNS =
      "run_id, district_id, object_type, initiated_by, requested_at, started_at, finished_at,"
          + " status, compared, district_records, state_records, matched, different,"
          + " missing_at_state, only_at_state, failure";

  private static final int SLICE = 1_000;

  private static final String PROGRESS =
      "UPDATE verification_run SET compared = ? WHERE run_id = ?";

  @Inject private DatabaseConnections connections;

  /** Stores a new queued run and returns it. */
  public VerificationRun create(int districtId, String object, String by, Instant at) {
    String sql =
        "INSERT INTO verification_run (district_id, object_type, initiated_by, requested_at,"
            + " status) VALUES (?, ?, ?, ?, ?)";
    try (Connection connection = tool().getConnection();
        PreparedStatement insert =
            connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      bind(insert, districtId, object, by, Timestamp.from(at), RunStatus.QUEUED.name());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong("run_id");
        return select(
                connection, "SELECT " + COLUMNS + " FROM verification_run WHERE run_id = ?", id)
            .get(0);
      }
    } catch (SQLException e) {
      throw failure("Storing a verification run failed", e);
    }
  }

  /** The run of an ID, if it exists. */
  public Optional<VerificationRun> find(long runId) {
    List<VerificationRun> runs =
        select("SELECT " + COLUMNS + " FROM verification_run WHERE run_id = ?", runId);
    return runs.stream().findFirst();
  }

  /** The newest run of a district and object that has ended COMPLETE, if any. */
  public Optional<VerificationRun> latestComplete(int districtId, String object) {
    return newest(districtId, object, "status = 'COMPLETE'");
  }

  /** The newest run of a district and object that is still queued or running, if any. */
  public Optional<VerificationRun> latestPending(int districtId, String object) {
    return newest(districtId, object, "status IN ('QUEUED', 'RUNNING')");
  }

  /** The newest run of a district and object, whatever its status, if any. */
  public Optional<VerificationRun> latest(int districtId, String object) {
    return newest(districtId, object, "1 = 1");
  }

  /** Records the job execution running a run. */
  public void attachJob(long runId, long executionId) {
    update("UPDATE verification_run SET job_execution_id = ? WHERE run_id = ?", executionId, runId);
  }

  /** Marks a run RUNNING and forgets any keys an earlier attempt of it stored. */
  public void start(long runId, Instant at) {
    inTransaction(
        "Starting a verification run failed",
        connection -> {
          update(connection, "DELETE FROM verification_key WHERE run_id = ?", runId);
          update(
              connection,
              "UPDATE verification_run SET status = ?, started_at = ?, compared = 0"
                  + " WHERE run_id = ?",
              RunStatus.RUNNING.name(),
              Timestamp.from(at),
              runId);
        });
  }

  /** Stores a batch of keys of one set and the progress so far. */
  public void addKeys(long runId, VerificationSet set, Collection<Long> keys, long compared) {
    String sql = "INSERT INTO verification_key (run_id, set_name, record_key) VALUES (?, ?, ?)";
    inTransaction(
        "Storing verification keys failed",
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (long key : keys) {
              bind(insert, runId, set.name(), key);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          update(connection, PROGRESS, compared, runId);
        });
  }

  /** Stores how many keys a run has compared. */
  public void progress(long runId, long compared) {
    update(PROGRESS, compared, runId);
  }

  /** Ends a run COMPLETE with its counts. */
  public void complete(long runId, ComparisonCounts counts, Instant at) {
    update(
        "UPDATE verification_run SET status = ?, finished_at = ?, district_records = ?,"
            + " state_records = ?, matched = ?, different = ?, missing_at_state = ?,"
            + " only_at_state = ?, compared = ? WHERE run_id = ?",
        RunStatus.COMPLETE.name(),
        Timestamp.from(at),
        counts.districtRecords(),
        counts.stateRecords(),
        counts.matched(),
        counts.different(),
        counts.missingAtState(),
        counts.onlyAtState(),
        counts.matched() + counts.different() + counts.missingAtState() + counts.onlyAtState(),
        runId);
  }

  /** Ends a run FAILED or STOPPED with the reason. */
  public void end(long runId, RunStatus status, String reason, Instant at) {
    String shortened = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    update(
        "UPDATE verification_run SET status = ?, finished_at = ?, failure = ? WHERE run_id = ?",
        status.name(),
        Timestamp.from(at),
        shortened,
        runId);
  }

  /** One page of the keys of a set, in key order. */
  public List<Long> keys(long runId, VerificationSet set, int page, int size) {
    List<Long> keys = new ArrayList<>();
    forEachKey(runId, set, (long) page * size, size, keys::add);
    return keys;
  }

  /**
   * Hands every key of a set to the consumer in key order, streaming from the database.
   *
   * @param offset how many keys to skip
   * @param limit the most keys to hand on
   */
  public void forEachKey(
      long runId, VerificationSet set, long offset, long limit, LongConsumer consumer) {
    String sql =
        "SELECT record_key FROM verification_key WHERE run_id = ? AND set_name = ?"
            + " ORDER BY record_key OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
    try (Connection connection = tool().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      bind(select, runId, set.name(), offset, limit);
      select.setFetchSize(1_000);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          consumer.accept(rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw failure("Reading verification keys failed", e);
    }
  }

  /** Whether a set of a run holds every one of the keys; asks in slices of 1,000 keys. */
  public boolean containsAll(long runId, VerificationSet set, Collection<Long> keys) {
    List<Long> distinct = keys.stream().distinct().toList();
    for (int from = 0; from < distinct.size(); from += SLICE) {
      List<Long> slice = distinct.subList(from, Math.min(distinct.size(), from + SLICE));
      if (count(runId, set, slice) != slice.size()) {
        return false;
      }
    }
    return true;
  }

  private long count(long runId, VerificationSet set, List<Long> keys) {
    String marks = String.join(", ", Collections.nCopies(keys.size(), "?"));
    String sql =
        "SELECT COUNT(*) FROM verification_key WHERE run_id = ? AND set_name = ?"
            + " AND record_key IN ("
            + marks
            + ")";
    try (Connection connection = tool().getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      bind(select, runId, set.name());
      int index = 3;
      for (long key : keys) {
        select.setLong(index++, key);
      }
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("Reading verification keys failed", e);
    }
  }

  private Optional<VerificationRun> newest(int districtId, String object, String condition) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM verification_run WHERE district_id = ? AND object_type = ? AND "
            + condition
            + " ORDER BY run_id DESC FETCH FIRST 1 ROWS ONLY";
    return select(sql, districtId, object).stream().findFirst();
  }

  private List<VerificationRun> select(String sql, Object... values) {
    try (Connection connection = tool().getConnection()) {
      return select(connection, sql, values);
    } catch (SQLException e) {
      throw failure("Reading verification runs failed", e);
    }
  }

  private static List<VerificationRun> select(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      bind(select, values);
      List<VerificationRun> runs = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          runs.add(run(rows));
        }
      }
      return runs;
    }
  }

  private static VerificationRun run(ResultSet row) throws SQLException {
    return new VerificationRun(
        row.getLong("run_id"),
        row.getInt("district_id"),
        row.getString("object_type"),
        row.getString("initiated_by"),
        instant(row.getTimestamp("requested_at")),
        instant(row.getTimestamp("started_at")),
        instant(row.getTimestamp("finished_at")),
        RunStatus.valueOf(row.getString("status")),
        row.getLong("compared"),
        new ComparisonCounts(
            row.getLong("district_records"),
            row.getLong("state_records"),
            row.getLong("matched"),
            row.getLong("different"),
            row.getLong("missing_at_state"),
            row.getLong("only_at_state")),
        row.getString("failure"));
  }

  private void update(String sql, Object... values) {
    try (Connection connection = tool().getConnection()) {
      update(connection, sql, values);
    } catch (SQLException e) {
      throw failure("Updating a verification run failed", e);
    }
  }

  /** Work on one connection that commits together. */
  @FunctionalInterface
  private interface ConnectionWork {
    void run(Connection connection) throws SQLException;
  }

  private void inTransaction(String failureMessage, ConnectionWork work) {
    try (Connection connection = tool().getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure(failureMessage, e);
    }
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, values);
      statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private DataSource tool() {
    return connections.dataSource(Database.TOOL);
  }

  private static VerificationFailedException failure(String message, SQLException e) {
    return new VerificationFailedException(message + ": " + e.getMessage(), e);
  }
}
