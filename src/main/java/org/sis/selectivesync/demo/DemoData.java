package org.sis.selectivesync.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.DatabaseConnections;
import org.sis.selectivesync.database.DatabasesReady;
import org.sis.selectivesync.edfi.ImportResult;
import org.sis.selectivesync.edfi.RecordType;

/**
 * On first start (an empty district database) imports the bundled Ed-Fi sample of Bear Creek ISD
 * and Lakeside ISD into the district database, then fills an empty state database from it with
 * deliberate drift ({@link DriftedStateCopy}, rules in docs/demo-data.md), so that the embedded
 * tool has real records to sync.
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
    if (!enabled || hasRows(district, "district")) {
      return;
    }
    long started = System.nanoTime();
    for (ImportResult result : DemoSample.importInto(district, LocalDate.now())) {
      LOG.log(
          Level.INFO,
          "Demo district {0}: imported {1} persons and {2} enrollments, left out {3} record(s)",
          new Object[] {
            String.valueOf(result.districtId()),
            result.changed(RecordType.PERSON),
            result.changed(RecordType.ENROLLMENT),
            result.problems().size()
          });
    }
    long imported = System.nanoTime();
    DataSource state = connections.dataSource(Database.STATE);
    if (hasRows(state, "state_district")) {
      LOG.warning("The state database already holds districts; the demo state copy is not made");
      return;
    }
    Map<DriftedStateCopy.Copied, Integer> copied = new DriftedStateCopy(district, state).apply();
    LOG.log(
        Level.INFO,
        "Demo data ready: Ed-Fi import {0} ms, drifted state copy {1} ms: {2}",
        new Object[] {
          (imported - started) / 1_000_000, (System.nanoTime() - imported) / 1_000_000, copied
        });
  }

  private static boolean hasRows(DataSource dataSource, String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1) > 0;
    }
  }
}
