package org.sis.selectivesync.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

  @Test
  void everyDatabaseMigratesFromEmptyAndAgainWithoutChange() {
    for (Database database : Database.values()) {
      JdbcDataSource dataSource = h2(database.label() + "-twice");
      assertThat(SchemaMigration.of(database).migrate(dataSource)).isPositive();
      assertThat(SchemaMigration.of(database).migrate(dataSource)).isZero();
    }
  }

  @Test
  void aFailingScriptIsNamedAndLaterScriptsDoNotRun() throws SQLException {
    JdbcDataSource dataSource = h2("broken");
    SchemaMigration migration = new SchemaMigration("broken", "classpath:db/broken");

    assertThatThrownBy(() -> migration.migrate(dataSource))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("broken database")
        .hasMessageContaining("V2__add_bad_column.sql");
    assertThat(tableExists(dataSource, "FIRST_TABLE")).isTrue();
    assertThat(tableExists(dataSource, "THIRD_TABLE")).isFalse();
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static boolean tableExists(JdbcDataSource dataSource, String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
      return tables.next();
    }
  }
}
