package org.sis.selectivesync.history;

import java.io.Serializable;
import org.sis.selectivesync.sync.Outcome;
import org.sis.selectivesync.sync.RecordResult;

/**
 * One line of a request's details: the key, what record it is, its outcome and reason, and the
 * parent to resync when a parent was missing.
 *
 * @param key the district key
 * @param description the person or enrollment the key names, empty when it names none
 * @param outcome the key's outcome
 * @param reason why, for SKIPPED and FAILED; else {@code null}
 * @param parentObject the missing parent's object, or {@code null}
 * @param parentKey the missing parent's key, or {@code null}
 */
public record ResultRow(
    long key,
    String description,
    Outcome outcome,
    String reason,
    String parentObject,
    Long parentKey)
    implements Serializable {

  /** A stored result with the description of its record. */
  static ResultRow of(RecordResult result, String description) {
    return new ResultRow(
        result.getKey(),
        description,
        result.getOutcome(),
        result.getReason(),
        result.getParentObject(),
        result.getParentKey());
  }
}
