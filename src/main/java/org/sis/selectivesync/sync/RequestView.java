package org.sis.selectivesync.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sync request as the REST API shows it (DESIGN §8). */
public record RequestView(
    long id,
    String object,
    int districtId,
    String initiatedBy,
    Instant requestedAt,
    Instant finishedAt,
    RequestStatus status,
    boolean checkDependencies,
    int total,
    int processed,
    Map<String, Integer> counts) {

  /** The view of a stored request. */
  public static RequestView of(SyncRequest request) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    request.counts().forEach((outcome, count) -> counts.put(outcome.name(), count));
    return new RequestView(
        request.getId(),
        request.getObject().displayName(),
        request.getDistrictId(),
        request.getInitiatedBy(),
        request.getRequestedAt(),
        request.getFinishedAt(),
        request.getStatus(),
        request.isCheckDependencies(),
        request.getKeyCount(),
        request.getProcessed(),
        counts);
  }
}
