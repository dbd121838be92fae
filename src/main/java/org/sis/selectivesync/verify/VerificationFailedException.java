package org.sis.selectivesync.verify;

/** A verification run could not read a side or store its findings; the run ends FAILED. */
public class VerificationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VerificationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
