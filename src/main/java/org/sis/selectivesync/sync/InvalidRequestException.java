package org.sis.selectivesync.sync;

import java.util.List;

/**
 * A sync request was refused before anything was stored: the message says what was wrong, and
 * {@link #invalidKeys()} lists the offending tokens when the key list itself was bad.
 */
public class InvalidRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> invalidKeys;

  public InvalidRequestException(String message) {
    this(message, List.of());
  }

  public InvalidRequestException(String message, List<String> invalidKeys) {
    super(message);
    this.invalidKeys = List.copyOf(invalidKeys);
  }

  /** The tokens that are not valid keys, in input order; empty for other errors. */
  public List<String> invalidKeys() {
    return invalidKeys;
  }
}
