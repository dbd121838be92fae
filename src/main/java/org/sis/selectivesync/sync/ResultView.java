package org.sis.selectivesync.sync;

/** A record result as the REST API shows it (DESIGN §8). */
public record ResultView(
    long key, Outcome outcome, String reason, String parentObject, Long parentKey) {

  /** The view of a stored result. */
  public static ResultView of(RecordResult result) {
    return new ResultView(
        result.getKey(),
        result.getOutcome(),
        result.getReason(),
        result.getParentObject(),
        result.getParentKey());
  }
}
