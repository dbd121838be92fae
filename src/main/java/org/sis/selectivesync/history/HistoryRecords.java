package org.sis.selectivesync.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.sync.Outcome;
import org.sis.selectivesync.sync.RecordResult;
import org.sis.selectivesync.sync.RequestStatus;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * The queries behind the Sync History: past and running requests, newest first, their per-record
 * results, and Clear History. A district scope of {@code null} means every district. Checks no
 * rights: pages and the API reach it through {@link SyncHistory}.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRED)
public class HistoryRecords {

  private static final Logger LOG = Logger.getLogger(HistoryRecords.class.getName());

  @PersistenceContext(unitName = "tool")
  private EntityManager tool;

  /** One page of requests in a scope, newest first. */
  public List<SyncRequest> requests(Integer districtId, int page, int size) {
    return sorted(districtId, page * size, size, HistoryOrder.REQUESTED_AT, false);
  }

  /** The requests of a scope from a row on, in a table's order. */
  public List<SyncRequest> sorted(
      Integer districtId, int first, int size, HistoryOrder order, boolean ascending) {
    return scoped(
            "SELECT r FROM SyncRequest r", districtId, order.orderBy(ascending), SyncRequest.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many requests a scope holds. */
  public long count(Integer districtId) {
    return scoped("SELECT COUNT(r) FROM SyncRequest r", districtId, "", Long.class)
        .getSingleResult();
  }

  /** A request by ID. */
  public Optional<SyncRequest> request(long requestId) {
    return Optional.ofNullable(tool.find(SyncRequest.class, requestId));
  }

  /**
   * One page of a request's results in key order, optionally of one outcome.
   *
   * @param outcome the outcome to keep, or {@code null} for all
   */
  public List<RecordResult> results(long requestId, Outcome outcome, int page, int size) {
    return resultsFrom(requestId, outcome, page * size, size);
  }

  /** A request's results from a row on, in key order, optionally of one outcome. */
  public List<RecordResult> resultsFrom(long requestId, Outcome outcome, int first, int size) {
    String filter = outcome == null ? "" : " AND r.outcome = :outcome";
    TypedQuery<RecordResult> query =
        tool.createQuery(
            "SELECT r FROM RecordResult r WHERE r.requestId = :request"
                + filter
                + " ORDER BY r.position",
            RecordResult.class);
    if (outcome != null) {
      query.setParameter("outcome", outcome);
    }
    return query
        .setParameter("request", requestId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * The next results of a request with one of the outcomes after a position, in position order:
   * keyset paging for readers that go through every result (seek, never offset).
   *
   * @param afterPosition the position of the last result read, or -1 to start
   */
  public List<RecordResult> resultsAfter(
      long requestId, Collection<Outcome> outcomes, int afterPosition, int size) {
    return tool.createQuery(
            "SELECT r FROM RecordResult r WHERE r.requestId = :request"
                + " AND r.outcome IN :outcomes AND r.position > :after ORDER BY r.position",
            RecordResult.class)
        .setParameter("request", requestId)
        .setParameter("outcomes", outcomes)
        .setParameter("after", afterPosition)
        .setMaxResults(size)
        .getResultList();
  }

  /**
   * The results of a request with one of the outcomes and a position in {@code [from, to)}, in
   * position order: a window of the submission order. Positions run from 0 to the key count, so a
   * reader steps through windows and no query reads more than one window of the index on (request,
   * outcome, position), whichever outcomes it asks for.
   */
  public List<RecordResult> resultsBetween(
      long requestId, Collection<Outcome> outcomes, int from, int to) {
    return tool.createQuery(
            "SELECT r FROM RecordResult r WHERE r.requestId = :request AND r.outcome IN :outcomes"
                + " AND r.position >= :from AND r.position < :to ORDER BY r.position",
            RecordResult.class)
        .setParameter("request", requestId)
        .setParameter("outcomes", outcomes)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * Deletes every finished request of a scope with its keys and results; queued and running
   * requests are kept.
   *
   * @return how many requests were deleted
   */
  public int clear(Integer districtId, String by) {
    String scope = districtId == null ? "" : " AND r.districtId = :district";
    String finished = "SELECT r.id FROM SyncRequest r WHERE r.status NOT IN :active" + scope;
    int results =
        delete("DELETE FROM RecordResult x WHERE x.requestId IN (" + finished + ")", districtId);
    int keys =
        delete("DELETE FROM RequestKey x WHERE x.requestId IN (" + finished + ")", districtId);
    int requests =
        delete("DELETE FROM SyncRequest r WHERE r.status NOT IN :active" + scope, districtId);
    LOG.log(
        Level.INFO,
        "Sync history cleared by {0} for district {1}: {2} request(s), {3} result(s), {4} key(s)",
        new Object[] {by, districtId == null ? "all" : districtId, requests, results, keys});
    return requests;
  }

  private int delete(String jpql, Integer districtId) {
    var query =
        tool.createQuery(jpql)
            .setParameter("active", List.of(RequestStatus.QUEUED, RequestStatus.RUNNING));
    if (districtId != null) {
      query.setParameter("district", districtId);
    }
    return query.executeUpdate();
  }

  private <T> TypedQuery<T> scoped(String select, Integer districtId, String order, Class<T> type) {
    String where = districtId == null ? "" : " WHERE r.districtId = :district";
    TypedQuery<T> query = tool.createQuery(select + where + order, type);
    return districtId == null ? query : query.setParameter("district", districtId);
  }
}
