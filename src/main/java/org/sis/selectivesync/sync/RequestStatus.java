package org.sis.selectivesync.sync;

/** The life of a sync request. */
public enum RequestStatus {
  /** Stored, waiting for an instance to claim it. */
  QUEUED,
  /** Claimed; its keys are being synced. */
  RUNNING,
  /** Every key has a result and none failed. */
  COMPLETE,
  /** Every key has a result and some failed. */
  COMPLETE_WITH_FAILURES,
  /** The request could not be carried out, or every key failed. */
  FAILED,
  /** Stopped by an operator before every key had a result. */
  STOPPED;

  /** Whether the request can still change. */
  public boolean isActive() {
    return this == QUEUED || this == RUNNING;
  }
}
