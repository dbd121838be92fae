package org.sis.selectivesync.sync;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Ends the request FAILED or STOPPED when its job ends that way before the finish step. */
@Named
@Dependent
public class SyncJobListener extends AbstractJobListener {

  private static final Logger LOG = Logger.getLogger(SyncJobListener.class.getName());

  /** The sync request the job runs (job parameter {@code requestId}, required). */
  @Inject @BatchProperty private String requestId;

  @Inject private JobContext job;

  @Inject private RequestStore requests;

  @Override
  public void afterJob() {
    BatchStatus status = job.getBatchStatus();
    if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
      return;
    }
    long id = Long.parseLong(requestId);
    boolean active = requests.find(id).map(r -> r.getStatus().isActive()).orElse(false);
    if (active) {
      RequestStatus ended =
          status == BatchStatus.STOPPED ? RequestStatus.STOPPED : RequestStatus.FAILED;
      LOG.log(
          Level.SEVERE,
          "Sync request {0} ended {1}: {2}",
          new Object[] {id, ended, job.getExitStatus()});
      requests.fail(id, ended, job.getExitStatus());
    }
  }
}
