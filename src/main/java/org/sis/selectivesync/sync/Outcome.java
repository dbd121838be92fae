package org.sis.selectivesync.sync;

/** What happened to one key of a sync request (DESIGN §5); every key gets exactly one. */
public enum Outcome {
  /** The district record differed from the state copy or was missing there; now equal. */
  SYNCED,
  /** Both copies were already equal; the state was not touched. */
  UNCHANGED,
  /** No district record has that key. */
  NOT_FOUND,
  /** The record is excluded from state reporting. */
  SKIPPED,
  /** A parent is missing at the state, the state rejected the data, or it stayed unreachable. */
  FAILED
}
