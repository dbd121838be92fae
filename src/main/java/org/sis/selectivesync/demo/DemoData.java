package org.sis.selectivesync.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.DatabaseConnections;
import org.sis.selectivesync.database.DatabasesReady;
import org.sis.selectivesync.database.SchemaMigration;

/**
 * Loads the demo districts into an empty district database, and their drifted state copy into the
 * state database, so that the embedded tool has records to sync on first start. The data is applied
 * like a migration (history table {@code schema_history_demo}), so it is loaded once.
 *
 * <p>Only the demo writes the district database: it stands in for the host SIS.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject private DatabaseConnections connections;

  /** Whether the demo districts are loaded into an empty district database (default true). */
  @Inject
  @ConfigProperty(name = "selectivesync.demo.enabled", defaultValue = "true")
  private boolean enabled;

  void load(@Observes DatabasesReady ready) throws SQLException {
    DataSource district = connections.dataSource(Database.DISTRICT);
    if (!enabled || hasDistricts(district)) {
      return;
    }
    new SchemaMigration("demo", "classpath:demo/district").migrate(district);
    new SchemaMigration("demo", "classpath:demo/state")
        .migrate(connections.dataSource(Database.STATE));
    LOG.info("Loaded the demo districts and their state copy");
  }

  private static boolean hasDistricts(DataSource district) throws SQLException {
    try (Connection connection = district.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM district")) {
      rows.next();
      return rows.getLong(1) > 0;
    }
  }
}
