package org.sis.selectivesync.sync;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.database.DatabasesReady;

/**
 * Starts the {@code selective-sync} job for requests, and at start-up resumes the requests this
 * instance had claimed or that were never started (a crash between storing and starting). Resuming
 * starts a new job execution: its reader starts after the last key with a result.
 */
@ApplicationScoped
public class SyncJobs {

  static final String JOB = "selective-sync";

  /** The reader fetches five chunks' keys per query: fewer round trips, memory still small. */
  private static final int CHUNKS_PER_PAGE = 5;

  private static final Logger LOG = Logger.getLogger(SyncJobs.class.getName());

  @Inject private RequestStore requests;

  @Inject private SyncSettings settings;

  @Inject private SyncInstance instance;

  /** Starts a job execution for a stored request. */
  public void start(SyncRequest request) {
    Properties parameters = new Properties();
    parameters.setProperty("requestId", Long.toString(request.getId()));
    int chunkSize = chunkSize(request);
    parameters.setProperty("chunkSize", Integer.toString(chunkSize));
    parameters.setProperty("pageSize", Integer.toString(CHUNKS_PER_PAGE * chunkSize));
    long execution = operator().start(JOB, parameters);
    requests.attachJob(request.getId(), execution);
  }

  void resumeInterrupted(@Observes DatabasesReady ready) {
    for (SyncRequest request : requests.active()) {
      boolean mine =
          request.getClaimedBy() == null || Objects.equals(request.getClaimedBy(), instance.name());
      if (mine) {
        LOG.log(
            Level.INFO,
            "Resuming sync request {0} ({1} of {2} key(s) done)",
            new Object[] {request.getId(), request.getProcessed(), request.getKeyCount()});
        start(request);
      }
    }
  }

  /** A throttled request syncs in chunks of at most one second's records, so it paces smoothly. */
  private int chunkSize(SyncRequest request) {
    return Throttle.chunkSize(settings.chunkSize(), request.getMaxRecordsPerSecond());
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
