package org.sis.selectivesync.edfi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.DatabaseConnections;

/**
 * The districts the district database holds, for the import page's picker and the check of an
 * import's district. Reads with plain JDBC outside any transaction: the import itself manages its
 * own connections and must not run inside a container transaction.
 */
@ApplicationScoped
public class KnownDistricts {

  private static final String ONE = "SELECT district_id, name FROM district WHERE district_id = ?";

  @Inject private DatabaseConnections connections;

  /** Whether the district database holds the district. */
  public boolean exists(int districtId) {
    try (Connection connection = connections.dataSource(Database.DISTRICT).getConnection();
        PreparedStatement query = connection.prepareStatement(ONE)) {
      query.setInt(1, districtId);
      return !read(query).isEmpty();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot read district " + districtId + ": " + e.getMessage(), e);
    }
  }

  private static List<DistrictOption> read(PreparedStatement query) throws SQLException {
    List<DistrictOption> districts = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        districts.add(new DistrictOption(rows.getInt(1), rows.getString(2)));
      }
    }
    return districts;
  }

  /** A district as the page lists it. */
  public record DistrictOption(int id, String name) implements Serializable {

    /** The name with the ID, e.g. {@code Bear Creek ISD (255903)}. */
    public String label() {
      return name + " (" + id + ")";
    }
  }
}
