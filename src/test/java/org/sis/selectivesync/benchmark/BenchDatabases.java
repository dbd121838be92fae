package org.sis.selectivesync.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sis.selectivesync.database.Database;
import org.sis.selectivesync.database.SchemaMigration;

/**
 * The three fresh PostgreSQL databases of a benchmark run ({@code selsync_bench_district}, …): made
 * anew, migrated with the project's own Flyway scripts, and described as the environment variables
 * the server reads.
 */
final class BenchDatabases {

  private static final String PREFIX = "selsync_bench_";

  private final String host;
  private final int port;
  private final String user;
  private final String password;

  BenchDatabases(String host, int port, String user, String password) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  /** Drops and creates the three databases, then applies every migration. */
  void recreate() throws SQLException {
    try (Connection admin = dataSource("postgres").getConnection();
        Statement statement = admin.createStatement()) {
      for (Database database : Database.values()) {
        statement.execute("DROP DATABASE IF EXISTS " + name(database) + " WITH (FORCE)");
        statement.execute("CREATE DATABASE " + name(database));
      }
    }
    for (Database database : Database.values()) {
      SchemaMigration.of(database).migrate(dataSource(database));
    }
  }

  /**
   * Updates the planner statistics of the three databases, as autovacuum would after large changes
   * (autovacuum may be off on a benchmark machine; without statistics PostgreSQL plans the engine's
   * page query of pending keys as a nested loop over all stored results).
   */
  void analyze(Database... which) throws SQLException {
    for (Database database : which.length == 0 ? Database.values() : which) {
      try (Connection connection = connect(database);
          Statement statement = connection.createStatement()) {
        statement.execute("ANALYZE");
      }
    }
  }

  /**
   * Makes PostgreSQL log every statement of the three databases that takes at least that long (its
   * server log), for finding where the time goes; new connections only.
   */
  void logStatementsSlowerThan(int millis) throws SQLException {
    try (Connection admin = dataSource("postgres").getConnection();
        Statement statement = admin.createStatement()) {
      for (Database database : Database.values()) {
        statement.execute(
            "ALTER DATABASE " + name(database) + " SET log_min_duration_statement = " + millis);
      }
    }
  }

  DataSource dataSource(Database database) {
    return dataSource(name(database));
  }

  Connection connect(Database database) throws SQLException {
    return dataSource(database).getConnection();
  }

  /** The JDBC URL the server and the baseline both use. */
  String url(Database database) {
    return "jdbc:postgresql://"
        + host
        + ":"
        + port
        + "/"
        + name(database)
        + "?reWriteBatchedInserts=true";
  }

  /** The server's database settings as environment variables. */
  Map<String, String> environment() {
    Map<String, String> environment = new LinkedHashMap<>();
    for (Database database : Database.values()) {
      String prefix = database.name() + "_DB_";
      environment.put(prefix + "CLASS", PGSimpleDataSource.class.getName());
      environment.put(prefix + "URL", url(database));
      environment.put(prefix + "USER", user);
      environment.put(prefix + "PASSWORD", password);
    }
    return environment;
  }

  private PGSimpleDataSource dataSource(String name) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setServerNames(new String[] {host});
    dataSource.setPortNumbers(new int[] {port});
    dataSource.setDatabaseName(name);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  private static String name(Database database) {
    return PREFIX + database.label();
  }
}
