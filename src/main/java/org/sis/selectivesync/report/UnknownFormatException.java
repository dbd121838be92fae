package org.sis.selectivesync.report;

/**
 * A report was asked for in a format that does not exist, or in none. The message names the value
 * given and the formats there are; nothing was written.
 */
public class UnknownFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownFormatException(String message) {
    super(message);
  }
}
