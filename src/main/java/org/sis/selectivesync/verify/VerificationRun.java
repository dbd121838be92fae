package org.sis.selectivesync.verify;

import java.time.Instant;

/**
 * One stored verification run: who started it when, for which district and object, where it stands,
 * how many records it has compared and, once complete, its counts.
 *
 * @param id the run ID
 * @param districtId the district compared
 * @param object the object's display name: School, Calendar, PersonIdentity or Enrollment
 * @param initiatedBy the user who started it
 * @param requestedAt when it was started
 * @param startedAt when its job began comparing, or {@code null}
 * @param finishedAt when it ended, or {@code null}
 * @param status where it stands
 * @param compared distinct keys compared so far (the progress)
 * @param counts the counts; zero until the run is complete
 * @param failure why it failed, or {@code null}
 */
public record VerificationRun(
    long id,
    int districtId,
    String object,
    String initiatedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt,
    RunStatus status,
    long compared,
    ComparisonCounts counts,
    String failure) {}
