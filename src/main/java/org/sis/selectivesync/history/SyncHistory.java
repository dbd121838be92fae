package org.sis.selectivesync.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.RequiresRight;
import org.sis.selectivesync.rights.Right;
import org.sis.selectivesync.rights.Tools;
import org.sis.selectivesync.sync.Outcome;
import org.sis.selectivesync.sync.RecordResult;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * The Sync History as a user may see it: R on Selective Sync to read, D to clear. A state user sees
 * every district (or the one they name); a district user sees only their own, and naming another
 * district or another district's request is refused.
 */
@ApplicationScoped
@RequiresRight(tool = Tools.SELECTIVE_SYNC, right = Right.R)
public class SyncHistory {

  @Inject private HistoryRecords records;

  @Inject private Caller caller;

  /** One page of requests, newest first; {@code districtId} null means the caller's scope. */
  public List<SyncRequest> requests(Integer districtId, int page, int size) {
    return records.requests(scope(districtId), page, size);
  }

  /** The requests of the scope from a row on, in a table's order. */
  public List<SyncRequest> sorted(
      Integer districtId, int first, int size, HistoryOrder order, boolean ascending) {
    return records.sorted(scope(districtId), first, size, order, ascending);
  }

  /** How many requests the scope holds. */
  public long count(Integer districtId) {
    return records.count(scope(districtId));
  }

  /**
   * A request by ID.
   *
   * @throws org.sis.selectivesync.rights.AccessDeniedException for another district's request
   */
  public Optional<SyncRequest> request(long requestId) {
    Optional<SyncRequest> request = records.request(requestId);
    request.ifPresent(r -> caller.requireDistrict(r.getDistrictId()));
    return request;
  }

  /** One page of a request's results in key order, optionally of one outcome. */
  public List<RecordResult> results(long requestId, Outcome outcome, int page, int size) {
    request(requestId);
    return records.results(requestId, outcome, page, size);
  }

  /** A request's results from a row on, in key order, optionally of one outcome. */
  public List<RecordResult> resultsFrom(long requestId, Outcome outcome, int first, int size) {
    request(requestId);
    return records.resultsFrom(requestId, outcome, first, size);
  }

  /** Clear History of the scope: deletes finished requests, keeps running ones. */
  @RequiresRight(tool = Tools.SELECTIVE_SYNC, right = Right.D)
  public int clear(Integer districtId) {
    return records.clear(scope(districtId), caller.userName());
  }

  /** The district a query may cover: the named one if allowed, else the caller's own. */
  private Integer scope(Integer districtId) {
    if (districtId != null) {
      caller.requireDistrict(districtId);
      return districtId;
    }
    return caller.isStateUser() ? null : caller.districtId().getAsInt();
  }
}
