package org.sis.selectivesync.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sis.selectivesync.database.Database;

/**
 * The baseline of verification: a hash per person of the person and all its identity rows, computed
 * by each database and streamed in key order, merged in one pass into matched, different, missing
 * at the state and only at the state.
 */
final class BaselineVerification {

  /** The four counts of one comparison. */
  record Counts(long matched, long different, long missingAtState, long onlyAtState) {}

  private static final String ROW =
      "concat_ws(chr(31), i.identity_id, i.effective_date, i.first_name,"
          + " coalesce(i.middle_name, chr(30)), i.last_name, coalesce(CAST(i.birth_date AS TEXT),"
          + " chr(30)), coalesce(i.gender, chr(30)), coalesce(i.race_ethnicity, chr(30)))";

  private static final String HASH =
      "md5(coalesce(p.student_number, chr(30)) || chr(31) || coalesce(string_agg("
          + ROW
          + ", chr(29) ORDER BY i.identity_id), ''))";

  private static final String DISTRICT =
      "SELECT p.person_id, "
          + HASH
          + " FROM person p LEFT JOIN person_identity i ON i.person_id = p.person_id"
          + " WHERE p.district_id = ? GROUP BY p.person_id, p.student_number ORDER BY p.person_id";

  private static final String STATE =
      "SELECT p.person_id, "
          + HASH
          + " FROM state_person p LEFT JOIN state_identity i"
          + " ON i.district_id = p.district_id AND i.person_id = p.person_id"
          + " WHERE p.district_id = ? GROUP BY p.person_id, p.student_number ORDER BY p.person_id";

  private final BenchDatabases databases;
  private final int districtId;

  BaselineVerification(BenchDatabases databases, int districtId) {
    this.databases = databases;
    this.districtId = districtId;
  }

  /** Streams both sides and merges them by key. */
  Counts compare() throws SQLException {
    try (Connection district = databases.connect(Database.DISTRICT);
        Connection state = databases.connect(Database.STATE);
        PreparedStatement districtQuery = streaming(district, DISTRICT);
        PreparedStatement stateQuery = streaming(state, STATE);
        ResultSet left = districtQuery.executeQuery();
        ResultSet right = stateQuery.executeQuery()) {
      return merge(left, right);
    }
  }

  private PreparedStatement streaming(Connection connection, String sql) throws SQLException {
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    PreparedStatement statement = connection.prepareStatement(sql);
    statement.setFetchSize(10_000);
    statement.setInt(1, districtId);
    return statement;
  }

  private static Counts merge(ResultSet left, ResultSet right) throws SQLException {
    long matched = 0;
    long different = 0;
    long missing = 0;
    long only = 0;
    boolean hasLeft = left.next();
    boolean hasRight = right.next();
    while (hasLeft || hasRight) {
      long leftKey = hasLeft ? left.getLong(1) : Long.MAX_VALUE;
      long rightKey = hasRight ? right.getLong(1) : Long.MAX_VALUE;
      if (leftKey == rightKey) {
        if (left.getString(2).equals(right.getString(2))) {
          matched++;
        } else {
          different++;
        }
        hasLeft = left.next();
        hasRight = right.next();
      } else if (leftKey < rightKey) {
        missing++;
        hasLeft = left.next();
      } else {
        only++;
        hasRight = right.next();
      }
    }
    return new Counts(matched, different, missing, only);
  }
}
