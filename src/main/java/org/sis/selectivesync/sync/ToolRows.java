package org.sis.selectivesync.sync;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.sis.selectivesync.database.DataSources;

/**
 * Inserts a request's keys and its record results with batched prepared statements, in the caller's
 * transaction on the tool database (the pool hands out the connection the transaction already
 * holds). These are the two tables a request writes a row per key to; as JPA entities they cost
 * more in the server than the database takes to store them (see docs/benchmarks.md).
 */
@ApplicationScoped
class ToolRows {

  private static final int BATCH = 500;

  @Resource(lookup = DataSources.TOOL)
  private DataSource tool;

  /** Stores keys of a request at the positions from {@code firstPosition} on, in order. */
  void insertKeys(long requestId, int firstPosition, List<Long> keys) {
    String sql = "INSERT INTO sync_request_key (request_id, seq_no, record_key) VALUES (?, ?, ?)";
    try (Connection connection = tool.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int i = 0; i < keys.size(); i++) {
        insert.setLong(1, requestId);
        insert.setInt(2, firstPosition + i);
        insert.setLong(3, keys.get(i));
        addToBatch(insert, i);
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("Could not store the keys of request " + requestId, e);
    }
  }

  /** Stores results of a request; {@code positions} holds each result's key position. */
  void insertResults(long requestId, List<Integer> positions, List<RecordOutcome> outcomes) {
    String sql =
        "INSERT INTO record_result (request_id, record_key, seq_no, outcome, reason,"
            + " parent_object, parent_key) VALUES (?, ?, ?, ?, ?, ?, ?)";
    try (Connection connection = tool.getConnection();
        PreparedStatement insert = connection.prepareStatement(sql)) {
      for (int i = 0; i < outcomes.size(); i++) {
        RecordOutcome outcome = outcomes.get(i);
        insert.setLong(1, requestId);
        insert.setLong(2, outcome.key());
        insert.setInt(3, positions.get(i));
        insert.setString(4, outcome.outcome().name());
        insert.setString(5, outcome.reason());
        SyncObject parent = outcome.parentObject();
        insert.setString(6, parent == null ? null : parent.displayName());
        if (outcome.parentKey() == null) {
          insert.setNull(7, Types.BIGINT);
        } else {
          insert.setLong(7, outcome.parentKey());
        }
        addToBatch(insert, i);
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new PersistenceException("Could not store the results of request " + requestId, e);
    }
  }

  private static void addToBatch(PreparedStatement insert, int index) throws SQLException {
    insert.addBatch();
    if ((index + 1) % BATCH == 0) {
      insert.executeBatch();
    }
  }
}
