package org.sis.selectivesync.verify;

import java.util.Optional;

/**
 * What the page shows for a district and object: the newest complete run (the shown results) and
 * the newest run still queued or running, if it is newer.
 *
 * @param shown the newest complete run, if any
 * @param pending a newer run that has not ended yet, if any
 * @param latestEnded the newest run that ended without completing (failed or stopped) after the
 *     shown one, if any
 */
public record VerificationSummary(
    Optional<VerificationRun> shown,
    Optional<VerificationRun> pending,
    Optional<VerificationRun> latestEnded) {}
