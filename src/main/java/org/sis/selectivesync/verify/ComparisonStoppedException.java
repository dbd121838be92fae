package org.sis.selectivesync.verify;

/** A comparison ended early because its job was stopped; what it found so far is kept. */
public class ComparisonStoppedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ComparisonStoppedException(long compared) {
    super("Verification stopped after " + compared + " record(s)");
  }
}
