package org.sis.selectivesync.verify;

/**
 * A side delivered its keys out of ascending order, so a merge comparison would be wrong; the run
 * fails rather than report false differences.
 */
public class KeyOrderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KeyOrderException(String side, long previous, long next) {
    super("The " + side + " keys are not in ascending order: " + next + " after " + previous);
  }
}
