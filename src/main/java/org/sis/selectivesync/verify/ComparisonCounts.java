package org.sis.selectivesync.verify;

/**
 * The summary of one comparison.
 *
 * @param districtRecords records read at the district (only those meant for the state)
 * @param stateRecords records read at the state
 * @param matched records equal at both
 * @param different records at both that differ
 * @param missingAtState records only at the district
 * @param onlyAtState records only at the state
 */
public record ComparisonCounts(
    long districtRecords,
    long stateRecords,
    long matched,
    long different,
    long missingAtState,
    long onlyAtState) {

  /** The count of a set. */
  public long of(VerificationSet set) {
    return switch (set) {
      case MISSING_AT_STATE -> missingAtState;
      case ONLY_AT_STATE -> onlyAtState;
      case DIFFERENT -> different;
    };
  }
}
