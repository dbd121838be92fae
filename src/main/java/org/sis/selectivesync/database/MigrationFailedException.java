package org.sis.selectivesync.database;

/** A schema migration of one database failed; the message names the database and script. */
public class MigrationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MigrationFailedException(String database, String detail, Throwable cause) {
    super("Migrating the " + database + " database failed: " + detail, cause);
  }
}
