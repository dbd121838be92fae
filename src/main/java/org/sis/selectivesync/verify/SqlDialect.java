package org.sis.selectivesync.verify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The one place where the databases differ for verification: the hash function. Both produce the 16
 * bytes of the MD5 of the UTF-8 text, so a district on one kind of database compares with a state
 * on the other. MD5 only detects change here; it protects nothing.
 */
enum SqlDialect {
  H2 {
    @Override
    String hash(String text) {
      return "HASH('MD5', " + text + ")";
    }
  },
  POSTGRESQL {
    @Override
    String hash(String text) {
      return "decode(md5(" + text + "), 'hex')";
    }
  };

  /** The SQL of the binary MD5 of a text expression. */
  abstract String hash(String text);

  /**
   * The dialect of a connection, by its database product name.
   *
   * @throws SQLException for a database other than H2 or PostgreSQL
   */
  static SqlDialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (product.contains("h2")) {
      return H2;
    }
    throw new SQLException("Verification supports H2 and PostgreSQL, not " + product);
  }
}
