package org.sis.selectivesync.sync;

/**
 * What a caller asks to sync, already parsed: the object, the district, whether parents go first,
 * and who asks. The keys travel separately (they may be many).
 *
 * @param object PersonIdentity or Enrollment
 * @param districtId the district whose records are sent
 * @param checkDependencies whether missing or stale parents are sent first
 * @param initiatedBy the user name of the caller
 */
public record SyncOrder(
    SyncObject object, int districtId, boolean checkDependencies, String initiatedBy) {}
