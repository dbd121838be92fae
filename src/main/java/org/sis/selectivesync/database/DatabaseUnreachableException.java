package org.sis.selectivesync.database;

/** A configured database did not answer at start-up. The message never holds a password. */
public class DatabaseUnreachableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param database the logical database name ({@code district}, {@code state}, {@code tool})
   * @param url its JDBC URL, with any password already masked
   * @param cause the driver's error
   */
  public DatabaseUnreachableException(String database, String url, Throwable cause) {
    super(
        "The " + database + " database cannot be reached at " + url + ": " + cause.getMessage(),
        cause);
  }
}
