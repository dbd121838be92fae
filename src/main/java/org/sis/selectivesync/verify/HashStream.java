package org.sis.selectivesync.verify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import javax.sql.DataSource;
import org.sis.selectivesync.sync.SyncObject;

/**
 * The record hashes of one side, streamed from a forward-only, read-only cursor with a fetch size,
 * in the order the query gives. Holds its connection until closed; the connection runs outside
 * auto-commit while open because PostgreSQL only streams a cursor inside a transaction, and gets
 * its settings back (and its read transaction rolled back) on close.
 */
final class HashStream implements Iterator<RecordHash>, AutoCloseable {

  private final Connection connection;
  private final boolean autoCommit;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private Boolean hasNext;

  private HashStream(Connection connection, boolean autoCommit, PreparedStatement statement)
      throws SQLException {
    this.connection = connection;
    this.autoCommit = autoCommit;
    this.statement = statement;
    this.rows = statement.executeQuery();
  }

  /**
   * Opens the stream of one side of an object in a district.
   *
   * @throws SQLException when the database cannot be read; nothing stays open then
   */
  static HashStream open(
      DataSource dataSource, QuerySide side, SyncObject object, int districtId, int fetchSize)
      throws SQLException {
    Connection connection = dataSource.getConnection();
    boolean autoCommit = connection.getAutoCommit();
    try {
      connection.setAutoCommit(false);
      HashQueries queries = new HashQueries(SqlDialect.of(connection));
      String sql = side.query(queries, object);
      PreparedStatement statement =
          connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(fetchSize);
      statement.setInt(1, districtId);
      return new HashStream(connection, autoCommit, statement);
    } catch (SQLException | RuntimeException e) {
      restore(connection, autoCommit, e);
      throw e;
    }
  }

  @Override
  public boolean hasNext() {
    if (hasNext == null) {
      try {
        hasNext = rows.next();
      } catch (SQLException e) {
        throw new VerificationFailedException("Reading record hashes failed", e);
      }
    }
    return hasNext;
  }

  @Override
  public RecordHash next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    hasNext = null;
    try {
      return new RecordHash(rows.getLong(1), rows.getBytes(3), rows.getString(2));
    } catch (SQLException e) {
      throw new VerificationFailedException("Reading record hashes failed", e);
    }
  }

  @Override
  public void close() throws SQLException {
    try (statement) {
      rows.close();
    } finally {
      restore(connection, autoCommit, null);
    }
  }

  private static void restore(Connection connection, boolean autoCommit, Exception failure)
      throws SQLException {
    try (connection) {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      } else {
        throw e;
      }
    }
  }

  /** Which side a stream reads. */
  enum QuerySide {
    DISTRICT,
    STATE;

    String query(HashQueries queries, SyncObject object) {
      return this == DISTRICT ? queries.district(object) : queries.state(object);
    }
  }
}
