package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Submits sync requests: the one entry point of the page, the REST API and batch resync. A request
 * is validated whole before anything is stored; then it and its keys are stored, and its job is
 * started.
 */
@ApplicationScoped
public class SyncRequests {

  private static final Logger LOG = Logger.getLogger(SyncRequests.class.getName());

  @Inject private SyncSettings settings;

  @Inject private DistrictRecords districtRecords;

  @Inject private RequestStore requests;

  @Inject private SyncJobs jobs;

  /**
   * Validates and queues a request whose keys are pasted text.
   *
   * @param objectName {@code PersonIdentity} or {@code Enrollment}, exactly
   * @throws InvalidRequestException naming what is wrong; nothing is stored
   */
  public SyncRequest submit(
      String objectName, Integer districtId, String keys, boolean checkDependencies, String by) {
    SyncOrder order = order(objectName, districtId, checkDependencies, by);
    return queue(order, settings.keyList().parse(keys));
  }

  /** As {@link #submit(String, Integer, String, boolean, String)}, keys from a JSON array. */
  public SyncRequest submit(
      String objectName,
      Integer districtId,
      Collection<?> keys,
      boolean checkDependencies,
      String by) {
    SyncOrder order = order(objectName, districtId, checkDependencies, by);
    return queue(order, settings.keyList().of(keys));
  }

  /**
   * Queues a batch resync: every key the source yields, read page by page and stored with the
   * request, then its job started. The max-keys limit of pasted requests does not apply.
   *
   * @param order as {@link #order(String, Integer, boolean, String)} validated it
   * @throws InvalidRequestException when the source holds no key; nothing is stored
   */
  public SyncRequest submitBatch(SyncOrder order, BatchOrder batch, KeySource keys) {
    SyncRequest request = requests.create(order, batch, keys);
    LOG.log(
        Level.INFO,
        "Batch resync {0} queued by {1}: {2} of district {3} ({4}), {5} key(s), at most {6}/s",
        new Object[] {
          request.getId(),
          order.initiatedBy(),
          order.object().displayName(),
          Integer.toString(order.districtId()),
          batch.scope(),
          request.getKeyCount(),
          batch.maxRecordsPerSecond()
        });
    start(request);
    return request;
  }

  /** Parses a key text without submitting it, for the page's live count. */
  public List<Long> parseKeys(String keys) {
    return settings.keyList().parse(keys);
  }

  /**
   * Validates what to sync before any key is read.
   *
   * @throws InvalidRequestException for a missing or unknown object or district
   */
  public SyncOrder order(String objectName, Integer districtId, boolean parents, String by) {
    if (objectName == null || objectName.isBlank()) {
      throw new InvalidRequestException(SyncMessages.format("request.noObject"));
    }
    SyncObject object =
        SyncObject.requestable(objectName)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        SyncMessages.format("request.unknownObject", objectName)));
    if (districtId == null) {
      throw new InvalidRequestException(SyncMessages.format("request.noDistrict"));
    }
    if (districtRecords.district(districtId).isEmpty()) {
      throw new InvalidRequestException(SyncMessages.format("request.unknownDistrict", districtId));
    }
    return new SyncOrder(object, districtId, parents, by);
  }

  /** Starts the request's job; a request whose job cannot start ends FAILED, not QUEUED. */
  private void start(SyncRequest request) {
    try {
      jobs.start(request);
    } catch (RuntimeException e) {
      requests.fail(
          request.getId(),
          RequestStatus.FAILED,
          SyncMessages.format("request.notStarted", String.valueOf(e.getMessage())));
      throw e;
    }
  }

  private SyncRequest queue(SyncOrder order, List<Long> keys) {
    SyncRequest request = requests.create(order, keys);
    LOG.log(
        Level.INFO,
        "Sync request {0} queued by {1}: {2} of district {3}, {4} key(s)",
        new Object[] {
          request.getId(),
          order.initiatedBy(),
          order.object().displayName(),
          order.districtId(),
          keys.size()
        });
    start(request);
    return request;
  }
}
