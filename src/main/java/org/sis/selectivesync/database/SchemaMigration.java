package org.sis.selectivesync.database;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates or migrates the schema of one database with Flyway. Each database keeps its own history
 * table ({@code schema_history_district}, …), so that the three logical databases can also share
 * one physical database.
 */
public final class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  private final String database;
  private final String location;

  /**
   * @param database the logical database name, used for the history table and messages
   * @param location the Flyway location of its migrations
   */
  public SchemaMigration(String database, String location) {
    this.database = database;
    this.location = location;
  }

  /** The migration of one of the plugin's databases. */
  public static SchemaMigration of(Database database) {
    return new SchemaMigration(database.label(), database.migrations());
  }

  /**
   * Applies every pending migration in order, each in its own transaction.
   *
   * @return how many migrations ran
   * @throws MigrationFailedException naming the failed script; the database keeps the migrations
   *     that succeeded before it
   */
  public int migrate(DataSource dataSource) {
    try {
      MigrateResult result = configure(dataSource).migrate();
      LOG.info(
          () ->
              String.format(
                  "Schema of the %s database is at version %s (%d migration(s) applied)",
                  database, result.targetSchemaVersion, result.migrationsExecuted));
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new MigrationFailedException(database, e.getMessage(), e);
    }
  }

  private Flyway configure(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations(location)
        .table("schema_history_" + database)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}
