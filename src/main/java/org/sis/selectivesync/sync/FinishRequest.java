package org.sis.selectivesync.sync;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The last step of {@code selective-sync}: final status and counts from the stored results. */
@Named
@Dependent
public class FinishRequest extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(FinishRequest.class.getName());

  /** The sync request to finish (job parameter {@code requestId}, required). */
  @Inject @BatchProperty private String requestId;

  @Inject private RequestStore requests;

  @Inject private ResultStore results;

  @Override
  public String process() {
    long id = Long.parseLong(requestId);
    SyncRequest request = requests.finish(id, results.counts(id));
    LOG.log(
        Level.INFO,
        "Sync request {0} ended {1} in {2} ms: {3}",
        new Object[] {
          id,
          request.getStatus(),
          Duration.between(request.getRequestedAt(), request.getFinishedAt()).toMillis(),
          request.counts()
        });
    return request.getStatus().name();
  }
}
