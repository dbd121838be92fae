package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores the results of a chunk and advances the request's progress, in one transaction on the tool
 * database. A key that already has a result keeps it, so a replayed chunk neither doubles a result
 * nor a count.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ResultStore {

  @PersistenceContext(unitName = "tool")
  private EntityManager tool;

  @Inject private ToolRows rows;

  /**
   * Stores the outcomes of keys that have none yet.
   *
   * @param positions the request position of each outcome's key, in the same order
   * @param mayHaveResults whether to look for keys that have a result already and keep theirs;
   *     without the check a key with a result makes the insert fail and nothing is stored
   */
  public void store(
      long requestId,
      List<Integer> positions,
      List<RecordOutcome> outcomes,
      boolean mayHaveResults) {
    Set<Long> stored =
        mayHaveResults
            ? storedKeys(requestId, outcomes.stream().map(RecordOutcome::key).toList())
            : new HashSet<>();
    Map<Outcome, Integer> added = new EnumMap<>(Outcome.class);
    List<Integer> newPositions = new ArrayList<>(outcomes.size());
    List<RecordOutcome> newOutcomes = new ArrayList<>(outcomes.size());
    for (int i = 0; i < outcomes.size(); i++) {
      RecordOutcome outcome = outcomes.get(i);
      if (stored.add(outcome.key())) {
        newPositions.add(positions.get(i));
        newOutcomes.add(outcome);
        added.merge(outcome.outcome(), 1, Integer::sum);
      }
    }
    rows.insertResults(requestId, newPositions, newOutcomes);
    advance(requestId, added);
  }

  /** The counts per outcome of every result stored for a request. */
  public Map<Outcome, Integer> counts(long requestId) {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    tool.createQuery(
            "SELECT r.outcome, COUNT(r) FROM RecordResult r WHERE r.requestId = :request"
                + " GROUP BY r.outcome",
            Object[].class)
        .setParameter("request", requestId)
        .getResultStream()
        .forEach(row -> counts.put((Outcome) row[0], ((Number) row[1]).intValue()));
    return counts;
  }

  /**
   * The position of the last key of a request that has a result, or -1. Chunks store their results
   * in position order and all at once, so every key up to it has one.
   */
  public int lastStoredPosition(long requestId) {
    Integer last =
        tool.createQuery(
                "SELECT MAX(r.position) FROM RecordResult r WHERE r.requestId = :request",
                Integer.class)
            .setParameter("request", requestId)
            .getSingleResult();
    return last == null ? -1 : last;
  }

  private Set<Long> storedKeys(long requestId, List<Long> keys) {
    KeyArray byKeys = KeyArray.of(tool);
    return new HashSet<>(
        tool.createQuery(
                "SELECT r.recordKey FROM RecordResult r"
                    + " WHERE r.requestId = :request AND "
                    + byKeys.matches("r.recordKey"),
                Long.class)
            .setParameter("request", requestId)
            .setParameter("keys", byKeys.keys(keys))
            .getResultList());
  }

  private void advance(long requestId, Map<Outcome, Integer> added) {
    int total = added.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return;
    }
    tool.createQuery(
            "UPDATE SyncRequest r SET r.processed = r.processed + :total,"
                + " r.synced = r.synced + :synced, r.unchanged = r.unchanged + :unchanged,"
                + " r.notFound = r.notFound + :notFound, r.skipped = r.skipped + :skipped,"
                + " r.failed = r.failed + :failed WHERE r.id = :request")
        .setParameter("total", total)
        .setParameter("synced", added.getOrDefault(Outcome.SYNCED, 0))
        .setParameter("unchanged", added.getOrDefault(Outcome.UNCHANGED, 0))
        .setParameter("notFound", added.getOrDefault(Outcome.NOT_FOUND, 0))
        .setParameter("skipped", added.getOrDefault(Outcome.SKIPPED, 0))
        .setParameter("failed", added.getOrDefault(Outcome.FAILED, 0))
        .setParameter("request", requestId)
        .executeUpdate();
  }
}
