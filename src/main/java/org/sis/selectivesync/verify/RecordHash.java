package org.sis.selectivesync.verify;

import java.util.Arrays;

/**
 * One record of one side as the comparison sees it: its key, a hash of its synced columns computed
 * by the database, and for persons the state ID held apart from the hash.
 *
 * <p>The state ID is compared as the sync compares it: a district person without a state ID matches
 * whatever state ID the state assigned; one with a state ID must have the same at the state.
 *
 * @param key the district's key of the record
 * @param hash the hash of the synced columns (and child rows)
 * @param stateId the person's state ID on that side, or {@code null} (always for other objects)
 */
public record RecordHash(long key, byte[] hash, String stateId) {

  /** Whether this district record and the state record are equal as far as the sync goes. */
  public boolean matches(RecordHash atState) {
    return Arrays.equals(hash, atState.hash)
        && (stateId == null || stateId.equals(atState.stateId));
  }
}
