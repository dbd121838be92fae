package org.sis.selectivesync.sync;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A sync request as the REST API shows it (DESIGN §8), plus how its keys were chosen ({@code kind}
 * and, for a batch resync, {@code scope}), its throttle ({@code maxRecordsPerSecond}, 0 for
 * unlimited), its start and its {@code rate}: records per second so far, {@code null} before the
 * start.
 */
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
    Map<String, Integer> counts,
    RequestKind kind,
    String scope,
    int maxRecordsPerSecond,
    Instant startedAt,
    Double rate) {

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
        counts,
        request.getKind(),
        request.getScope(),
        request.getMaxRecordsPerSecond(),
        request.getStartedAt(),
        rate(request));
  }

  private static Double rate(SyncRequest request) {
    OptionalDouble rate = request.rate(Instant.now());
    return rate.isPresent() ? Math.round(rate.getAsDouble() * 10) / 10.0 : null;
  }
}
