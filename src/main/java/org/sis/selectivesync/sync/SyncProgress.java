package org.sis.selectivesync.sync;

import java.util.Map;

/**
 * The progress message the Selective Sync page shows left of View History: the bundle key and the
 * numbers to fill in, chosen from a request's status.
 *
 * @param key the message's bundle key
 * @param arguments the numbers (or failure text) the message shows
 */
public record SyncProgress(String key, Object... arguments) {

  /** The message for a request as stored now. */
  public static SyncProgress of(SyncRequest request) {
    Map<Outcome, Integer> counts = request.counts();
    return switch (request.getStatus()) {
      case QUEUED -> new SyncProgress("sync.progress.queued", request.getKeyCount());
      case RUNNING ->
          new SyncProgress("sync.progress.running", request.getProcessed(), request.getKeyCount());
      case COMPLETE, COMPLETE_WITH_FAILURES ->
          new SyncProgress(
              "sync.progress.complete",
              counts.get(Outcome.SYNCED),
              counts.get(Outcome.UNCHANGED),
              counts.get(Outcome.NOT_FOUND),
              counts.get(Outcome.SKIPPED),
              counts.get(Outcome.FAILED));
      case FAILED -> new SyncProgress("sync.progress.failed", failure(request));
      case STOPPED ->
          new SyncProgress("sync.progress.stopped", request.getProcessed(), request.getKeyCount());
    };
  }

  private static String failure(SyncRequest request) {
    return request.getFailure() == null ? "" : request.getFailure();
  }
}
