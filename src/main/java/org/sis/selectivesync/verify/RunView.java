package org.sis.selectivesync.verify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A verification run as the REST API shows it. */
public record RunView(
    long id,
    int districtId,
    String object,
    String initiatedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt,
    RunStatus status,
    long progress,
    Map<String, Long> counts,
    String failure) {

  /** The view of a stored run. */
  public static RunView of(VerificationRun run) {
    ComparisonCounts c = run.counts();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("districtRecords", c.districtRecords());
    counts.put("stateRecords", c.stateRecords());
    counts.put("matched", c.matched());
    counts.put(VerificationSet.DIFFERENT.name(), c.different());
    counts.put(VerificationSet.MISSING_AT_STATE.name(), c.missingAtState());
    counts.put(VerificationSet.ONLY_AT_STATE.name(), c.onlyAtState());
    return new RunView(
        run.id(),
        run.districtId(),
        run.object(),
        run.initiatedBy(),
        run.requestedAt(),
        run.startedAt(),
        run.finishedAt(),
        run.status(),
        run.compared(),
        counts,
        run.failure());
  }
}
