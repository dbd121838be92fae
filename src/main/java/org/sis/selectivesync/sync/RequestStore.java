package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Sync requests in the tool database: stores new ones with their keys, and moves them through their
 * states. Every method is one short transaction of its own.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class RequestStore {

  private static final int PAGE = 1_000;

  @PersistenceContext(unitName = "tool")
  private EntityManager tool;

  @Inject private ToolRows rows;

  private final Clock clock = Clock.systemUTC();

  /** Stores a queued request and all its keys in order; returns the request. */
  public SyncRequest create(SyncOrder order, List<Long> keys) {
    SyncRequest request = new SyncRequest(order, keys.size(), Instant.now(clock));
    tool.persist(request);
    tool.flush();
    rows.insertKeys(request.getId(), 0, keys);
    return request;
  }

  /**
   * Stores a queued batch request and its keys, read from the source page by page; memory holds one
   * page. The request and its keys commit together, so a crash while reading leaves nothing behind
   * for the start-up resume to run. Each page may be read in a transaction of its own on another
   * database (this one is suspended meanwhile).
   *
   * @throws InvalidRequestException when the source holds no key; nothing is stored
   */
  public SyncRequest create(SyncOrder order, BatchOrder batch, KeySource keys) {
    SyncRequest request = new SyncRequest(order, batch, Instant.now(clock));
    tool.persist(request);
    tool.flush();
    long id = request.getId();
    int count = 0;
    long last = 0;
    List<Long> page;
    do {
      page = keys.after(last, PAGE);
      rows.insertKeys(id, count, page);
      count += page.size();
      last = page.isEmpty() ? last : page.get(page.size() - 1);
    } while (page.size() == PAGE);
    if (count == 0) {
      throw new InvalidRequestException(
          SyncMessages.format("request.emptyScope", order.object().displayName(), batch.scope()));
    }
    return keysStored(id, count);
  }

  /**
   * Sets a batch request's key count with a bulk update, which leaves the version alone and drops
   * the request from the shared cache: a versioned update here could leave the cache a version
   * behind, and the job's claim, reading from it, would then fail its version check.
   */
  private SyncRequest keysStored(long requestId, int count) {
    tool.createQuery("UPDATE SyncRequest r SET r.keyCount = :count WHERE r.id = :id")
        .setParameter("count", count)
        .setParameter("id", requestId)
        .executeUpdate();
    return stored(requestId);
  }

  /** The request of an ID, if it exists. */
  public Optional<SyncRequest> find(long requestId) {
    return Optional.ofNullable(tool.find(SyncRequest.class, requestId));
  }

  /**
   * Records the job execution that runs a request. A bulk update, not a versioned one: the job may
   * already have claimed the request (and bumped its version) by the time this runs, and the
   * execution ID is the one column the job never writes.
   */
  public void attachJob(long requestId, long executionId) {
    tool.createQuery("UPDATE SyncRequest r SET r.jobExecutionId = :execution WHERE r.id = :id")
        .setParameter("execution", executionId)
        .setParameter("id", requestId)
        .executeUpdate();
  }

  /**
   * Marks a request RUNNING on this instance, keeping its first start. One conditional update in
   * the database: of two instances only one claims an unclaimed request, and no entity version held
   * in a cache can make the claim fail.
   *
   * @return the claimed request as stored now; empty when it is no longer queued or running, or
   *     another instance holds it
   */
  public Optional<SyncRequest> claim(long requestId, String instance) {
    int claimed =
        tool.createQuery(
                "UPDATE SyncRequest r SET r.status = :running, r.claimedBy = :instance,"
                    + " r.startedAt = COALESCE(r.startedAt, :now), r.version = r.version + 1"
                    + " WHERE r.id = :id AND r.status IN :active"
                    + " AND (r.claimedBy IS NULL OR r.claimedBy = :instance)")
            .setParameter("running", RequestStatus.RUNNING)
            .setParameter("instance", instance)
            .setParameter("now", LocalDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC))
            .setParameter("id", requestId)
            .setParameter("active", List.of(RequestStatus.QUEUED, RequestStatus.RUNNING))
            .executeUpdate();
    return claimed == 0 ? Optional.empty() : Optional.of(stored(requestId));
  }

  /** A request as the database holds it now, bypassing and refreshing the shared cache. */
  private SyncRequest stored(long requestId) {
    return tool.find(
        SyncRequest.class,
        requestId,
        Map.of(
            "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
            "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH));
  }

  /**
   * The next keys of a request after a position, in order: a range of the key table's primary key.
   * Keys that already have a result are not filtered here; {@link ResultStore} keeps their result.
   * Read-only: the keys are never changed, so they are not tracked for the commit.
   */
  public List<RequestKey> keysAfter(long requestId, int afterPosition, int count) {
    return tool.createQuery(
            "SELECT k FROM RequestKey k WHERE k.requestId = :request AND k.position > :after"
                + " ORDER BY k.position",
            RequestKey.class)
        .setParameter("request", requestId)
        .setParameter("after", afterPosition)
        .setMaxResults(count)
        .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
        .getResultList();
  }

  /** Ends a request with the status its stored results call for. */
  public SyncRequest finish(long requestId, Map<Outcome, Integer> counts) {
    SyncRequest request = tool.find(SyncRequest.class, requestId);
    request.setCounts(counts);
    request.finish(finalStatus(request), null, Instant.now(clock));
    return request;
  }

  /** Ends a request that could not be carried out. */
  public void fail(long requestId, RequestStatus status, String failure) {
    SyncRequest request = tool.find(SyncRequest.class, requestId);
    request.finish(status, failure, Instant.now(clock));
  }

  /** Requests that are queued or running, oldest first. */
  public List<SyncRequest> active() {
    return tool.createQuery(
            "SELECT r FROM SyncRequest r WHERE r.status IN :statuses ORDER BY r.id",
            SyncRequest.class)
        .setParameter("statuses", List.of(RequestStatus.QUEUED, RequestStatus.RUNNING))
        .getResultList();
  }

  private static RequestStatus finalStatus(SyncRequest request) {
    int failed = request.counts().get(Outcome.FAILED);
    if (failed == 0) {
      return RequestStatus.COMPLETE;
    }
    return failed == request.getKeyCount()
        ? RequestStatus.FAILED
        : RequestStatus.COMPLETE_WITH_FAILURES;
  }
}
