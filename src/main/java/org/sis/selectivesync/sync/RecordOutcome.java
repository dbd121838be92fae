package org.sis.selectivesync.sync;

/**
 * The decided outcome of one key, before it is stored as a {@link RecordResult}.
 *
 * @param key the district key
 * @param outcome what happened
 * @param reason why, for SKIPPED and FAILED (and parents sent first); else {@code null}
 * @param parentObject the missing parent's object, for a dependency failure
 * @param parentKey the missing parent's key, for a dependency failure
 */
public record RecordOutcome(
    long key, Outcome outcome, String reason, SyncObject parentObject, Long parentKey) {

  public static RecordOutcome of(long key, Outcome outcome) {
    return new RecordOutcome(key, outcome, null, null, null);
  }

  public static RecordOutcome because(long key, Outcome outcome, String reason) {
    return new RecordOutcome(key, outcome, reason, null, null);
  }

  /** A failure because a parent record is not at the state. */
  public static RecordOutcome missingParent(long key, SyncObject parent, long parentKey) {
    return new RecordOutcome(
        key,
        Outcome.FAILED,
        SyncMessages.format("reason.parentMissing", parent.displayName(), parentKey),
        parent,
        parentKey);
  }
}
