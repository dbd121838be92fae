package org.sis.selectivesync.sync;

/** How a request's keys were chosen. */
public enum RequestKind {
  /** Keys a user pasted or a client posted. */
  SELECTIVE,
  /** Every record of an object in a district scope, read from the district database. */
  BATCH
}
