package org.sis.selectivesync.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/** Gives the data source of each logical database and checks that it answers. */
@ApplicationScoped
public class DatabaseConnections {

  private static final int VALID_TIMEOUT_SECONDS = 5;

  @Resource(lookup = DataSources.DISTRICT)
  private DataSource district;

  @Resource(lookup = DataSources.STATE)
  private DataSource state;

  @Resource(lookup = DataSources.TOOL)
  private DataSource tool;

  @Inject private Config config;

  /** The pooled data source of a database. */
  public DataSource dataSource(Database database) {
    return switch (database) {
      case DISTRICT -> district;
      case STATE -> state;
      case TOOL -> tool;
    };
  }

  /** The configured JDBC URL of a database with any password masked, for messages. */
  public String maskedUrl(Database database) {
    String key = database.label() + ".db.url";
    return JdbcUrls.masked(config.getOptionalValue(key, String.class).orElse(null));
  }

  /**
   * Opens a connection and asks the driver whether it is valid.
   *
   * @throws DatabaseUnreachableException when no valid connection can be had
   */
  public void check(Database database) {
    try (Connection connection = dataSource(database).getConnection()) {
      if (!connection.isValid(VALID_TIMEOUT_SECONDS)) {
        throw new SQLException("the connection is not valid");
      }
    } catch (SQLException | RuntimeException e) {
      throw new DatabaseUnreachableException(database.label(), maskedUrl(database), rootOf(e));
    }
  }

  private static Throwable rootOf(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }
}
