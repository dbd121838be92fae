package org.sis.selectivesync.verify;

/** Where a verification run stands. */
public enum RunStatus {
  QUEUED,
  RUNNING,
  COMPLETE,
  FAILED,
  STOPPED;

  /** Whether the run has not ended yet. */
  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
