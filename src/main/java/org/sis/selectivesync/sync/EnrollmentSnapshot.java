package org.sis.selectivesync.sync;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A district enrollment's synced fields and the flags that decide whether it is sent at all, read
 * by one JPQL projection per chunk.
 */
public record EnrollmentSnapshot(
    long enrollmentId,
    long personId,
    int calendarId,
    int schoolId,
    String grade,
    LocalDate startDate,
    String startStatus,
    LocalDate endDate,
    String endStatus,
    String serviceType,
    boolean stateExclude,
    boolean noShow,
    boolean calendarExcluded,
    boolean schoolExcluded) {

  /** The reason the enrollment is not sent to the state, if it is excluded. */
  public Optional<String> exclusion() {
    if (stateExclude) {
      return Optional.of(SyncMessages.format("reason.stateExclude"));
    }
    if (noShow) {
      return Optional.of(SyncMessages.format("reason.noShow"));
    }
    if (schoolExcluded) {
      return Optional.of(SyncMessages.format("reason.schoolExcluded", schoolId));
    }
    if (calendarExcluded) {
      return Optional.of(SyncMessages.format("reason.calendarExcluded", calendarId));
    }
    return Optional.empty();
  }
}
