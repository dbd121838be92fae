package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sis.selectivesync.district.District;

/**
 * Syncs one chunk of a request's keys: reads the district rows in bulk, copies them to the state in
 * one transaction (retried with back-off when the state database is unreachable or a concurrent
 * request got in the way), then stores one result per key. When the state rejects the chunk's data,
 * the keys are tried one by one so that only the rejected ones fail.
 *
 * <p>Three databases, three transactions, none spanning two: a chunk replayed after a crash finds
 * the state already equal (UNCHANGED) and keeps any result already stored.
 */
@ApplicationScoped
public class SyncChunk {

  private static final Logger LOG = Logger.getLogger(SyncChunk.class.getName());

  @Inject private DistrictRecords districtRecords;

  @Inject private StateCopy stateCopy;

  @Inject private ResultStore results;

  @Inject private SyncSettings settings;

  /** Syncs the keys (with their request positions) of one request and stores their results. */
  public void sync(SyncRequest request, List<RequestKey> keys) {
    long start = System.nanoTime();
    ChunkOfKeys chunk = read(request, keys.stream().map(RequestKey::getKey).toList());
    long read = System.nanoTime();
    List<RecordOutcome> outcomes = copyWithRetries(chunk);
    long copied = System.nanoTime();
    List<Integer> positions = keys.stream().map(RequestKey::getPosition).toList();
    store(request.getId(), positions, outcomes);
    long stored = System.nanoTime();
    LOG.log(
        Level.FINE,
        "Request {0}: {1} key(s) read in {2} ms, copied in {3} ms, results stored in {4} ms",
        new Object[] {
          request.getId(),
          keys.size(),
          millis(start, read),
          millis(read, copied),
          millis(copied, stored)
        });
  }

  /**
   * Stores the results as new rows; when some collide with results already stored (a chunk replayed
   * after a crash, or a request resumed twice by a redeployed server), stores them again keeping
   * those.
   */
  private void store(long requestId, List<Integer> positions, List<RecordOutcome> outcomes) {
    try {
      results.store(requestId, positions, outcomes, false);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Storing results of request {0} failed, storing them again after a check: {1}",
          new Object[] {requestId, StateFailure.describe(e)});
      results.store(requestId, positions, outcomes, true);
    }
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private ChunkOfKeys read(SyncRequest request, List<Long> keys) {
    int districtId = request.getDistrictId();
    boolean parents = request.isCheckDependencies();
    District district = parents ? districtRecords.district(districtId).orElse(null) : null;
    if (request.getObject() == SyncObject.PERSON_IDENTITY) {
      List<PersonSnapshot> persons = districtRecords.persons(districtId, keys);
      return new ChunkOfKeys(
          SyncObject.PERSON_IDENTITY,
          districtId,
          keys,
          parents,
          district,
          persons,
          List.of(),
          List.of());
    }
    List<EnrollmentSnapshot> enrollments = districtRecords.enrollments(districtId, keys);
    List<PersonSnapshot> persons = List.of();
    List<CalendarSnapshot> calendars = List.of();
    if (parents && !enrollments.isEmpty()) {
      persons =
          districtRecords.persons(
              districtId,
              enrollments.stream().map(EnrollmentSnapshot::personId).distinct().toList());
      calendars =
          districtRecords.calendars(
              districtId,
              enrollments.stream().map(EnrollmentSnapshot::calendarId).distinct().toList());
    }
    return new ChunkOfKeys(
        SyncObject.ENROLLMENT,
        districtId,
        keys,
        parents,
        district,
        persons,
        enrollments,
        calendars);
  }

  private List<RecordOutcome> copyWithRetries(ChunkOfKeys chunk) {
    RuntimeException last = null;
    long delay = settings.retryDelayMillis();
    for (int attempt = 1; attempt <= settings.retryAttempts(); attempt++) {
      try {
        return stateCopy.copy(chunk);
      } catch (RuntimeException e) {
        if (!StateFailure.isTransient(e)) {
          return copyOneByOne(chunk);
        }
        last = e;
        LOG.log(
            Level.WARNING,
            "State transaction failed (attempt {0} of {1}): {2}",
            new Object[] {attempt, settings.retryAttempts(), StateFailure.describe(e)});
        pause(attempt < settings.retryAttempts() ? delay : 0);
        delay *= 2;
      }
    }
    return unreachable(chunk, last);
  }

  private List<RecordOutcome> copyOneByOne(ChunkOfKeys chunk) {
    List<RecordOutcome> outcomes = new ArrayList<>(chunk.keys().size());
    for (long key : chunk.keys()) {
      try {
        outcomes.addAll(stateCopy.copy(chunk.only(key)));
      } catch (RuntimeException e) {
        String reason = SyncMessages.format("reason.stateRejected", StateFailure.describe(e));
        outcomes.add(RecordOutcome.because(key, Outcome.FAILED, reason));
      }
    }
    return outcomes;
  }

  private List<RecordOutcome> unreachable(ChunkOfKeys chunk, RuntimeException failure) {
    String reason =
        SyncMessages.format(
            "reason.stateUnreachable", settings.retryAttempts(), StateFailure.describe(failure));
    LOG.log(
        Level.SEVERE, "Giving up on {0} key(s): {1}", new Object[] {chunk.keys().size(), reason});
    return chunk.keys().stream()
        .map(key -> RecordOutcome.because(key, Outcome.FAILED, reason))
        .toList();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry", e);
    }
  }
}
