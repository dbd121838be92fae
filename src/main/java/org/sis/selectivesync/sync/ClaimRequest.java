package org.sis.selectivesync.sync;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The planning step of {@code selective-sync}: claims the request for this instance. Ends the job
 * ({@code GONE}) when the request is no longer queued or running, e.g. after Clear History, or
 * another instance holds it.
 */
@Named
@Dependent
public class ClaimRequest extends AbstractBatchlet {

  private static final Logger LOG = Logger.getLogger(ClaimRequest.class.getName());

  /** The sync request to run (job parameter {@code requestId}, required). */
  @Inject @BatchProperty private String requestId;

  @Inject private RequestStore requests;

  @Inject private SyncInstance instance;

  @Override
  public String process() {
    long id = Long.parseLong(requestId);
    Optional<SyncRequest> claimed = requests.claim(id, instance.name());
    if (claimed.isEmpty()) {
      return "GONE";
    }
    SyncRequest request = claimed.get();
    LOG.log(
        Level.INFO,
        "Sync request {0} started: {1} of district {2}, {3} key(s), by {4}",
        new Object[] {
          id,
          request.getObject().displayName(),
          request.getDistrictId(),
          request.getKeyCount(),
          request.getInitiatedBy()
        });
    return "CLAIMED";
  }
}
