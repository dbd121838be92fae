package org.sis.selectivesync.verify;

/** A verification call named an unknown object, district, set or key; nothing was changed. */
public class InvalidVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidVerificationException(String message) {
    super(message);
  }
}
