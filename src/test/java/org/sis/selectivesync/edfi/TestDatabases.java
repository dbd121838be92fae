package org.sis.selectivesync.edfi;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.SchemaMigration;

/** Fresh in-memory H2 databases with the plugin's migrations applied, one per call. */
public final class TestDatabases {

  private TestDatabases() {}

  /** A new, migrated database of a kind. */
  public static DataSource migrated(Database database) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:" + database.label() + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    dataSource.setPassword("");
    SchemaMigration.of(database).migrate(dataSource);
    return dataSource;
  }
}
