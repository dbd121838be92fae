package org.sis.selectivesync.sync;

import static java.util.stream.Collectors.toMap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.sis.selectivesync.database.DataSources;

/**
 * Copies one chunk to the state database in one transaction of its own: decides each key's outcome
 * against the state rows it reads, writes what differs with batched statements, and commits.
 * Nothing here touches another database, so a chunk is all or nothing at the state.
 */
@ApplicationScoped
public class StateCopy {

  @PersistenceContext(unitName = "state")
  private EntityManager state;

  /** The same database for the person copy; in a transaction the pool hands out its connection. */
  @Resource(lookup = DataSources.STATE)
  private DataSource stateData;

  /** Copies the chunk and returns one outcome per key, in key order. */
  @Transactional(TxType.REQUIRES_NEW)
  public List<RecordOutcome> copy(ChunkOfKeys chunk) {
    Map<Long, RecordOutcome> outcomes;
    try (Connection connection = stateData.getConnection()) {
      outcomes =
          chunk.object() == SyncObject.PERSON_IDENTITY
              ? persons(chunk, connection)
              : enrollments(chunk, connection);
    } catch (SQLException e) {
      throw new PersistenceException("No connection to the state database", e);
    }
    List<RecordOutcome> ordered = new ArrayList<>(chunk.keys().size());
    for (long key : chunk.keys()) {
      ordered.add(outcomes.getOrDefault(key, RecordOutcome.of(key, Outcome.NOT_FOUND)));
    }
    return ordered;
  }

  private Map<Long, RecordOutcome> persons(ChunkOfKeys chunk, Connection connection) {
    ParentCopy parents = new ParentCopy(state, chunk.districtId());
    String sentFirst = null;
    if (chunk.checkDependencies() && parents.sendDistrict(chunk.district())) {
      sentFirst = SyncObject.DISTRICT.displayName() + " " + chunk.districtId();
    }
    if (!parents.districtPresent()) {
      return chunk.persons().stream()
          .collect(
              toMap(
                  PersonSnapshot::personId,
                  p ->
                      RecordOutcome.missingParent(
                          p.personId(), SyncObject.DISTRICT, chunk.districtId())));
    }
    Map<Long, Outcome> copied =
        new PersonIdentityCopy(connection, chunk.districtId()).copy(chunk.persons());
    String reason = sentFirst == null ? null : SyncMessages.format("reason.parentsSent", sentFirst);
    Map<Long, RecordOutcome> outcomes = new HashMap<>();
    copied.forEach(
        (key, outcome) -> outcomes.put(key, new RecordOutcome(key, outcome, reason, null, null)));
    return outcomes;
  }

  private Map<Long, RecordOutcome> enrollments(ChunkOfKeys chunk, Connection connection) {
    Map<Long, RecordOutcome> outcomes = new LinkedHashMap<>();
    List<EnrollmentSnapshot> sendable = new ArrayList<>();
    for (EnrollmentSnapshot enrollment : chunk.enrollments()) {
      long key = enrollment.enrollmentId();
      enrollment
          .exclusion()
          .ifPresentOrElse(
              reason -> outcomes.put(key, RecordOutcome.because(key, Outcome.SKIPPED, reason)),
              () -> sendable.add(enrollment));
    }
    Map<Long, List<String>> parentsSent =
        chunk.checkDependencies() ? sendParents(chunk, sendable, connection) : Map.of();

    new EnrollmentCopy(state, chunk.districtId())
        .copy(sendable)
        .forEach((key, outcome) -> outcomes.put(key, withParents(outcome, parentsSent.get(key))));
    return outcomes;
  }

  /** Sends missing or stale parents first; returns per enrollment the parents that were sent. */
  private Map<Long, List<String>> sendParents(
      ChunkOfKeys chunk, List<EnrollmentSnapshot> sendable, Connection connection) {
    ParentCopy parents = new ParentCopy(state, chunk.districtId());
    List<String> districtSent =
        parents.sendDistrict(chunk.district())
            ? List.of(SyncObject.DISTRICT.displayName() + " " + chunk.districtId())
            : List.of();
    Set<String> calendarsSent = Set.copyOf(parents.sendCalendars(chunk.calendars()));
    Map<Long, Outcome> personsSent =
        new PersonIdentityCopy(connection, chunk.districtId()).copy(chunk.persons());

    Map<Long, List<String>> sent = new HashMap<>();
    for (EnrollmentSnapshot enrollment : sendable) {
      List<String> parentsOfOne = new ArrayList<>(districtSent);
      String calendar = SyncObject.CALENDAR.displayName() + " " + enrollment.calendarId();
      String school = SyncObject.SCHOOL.displayName() + " " + enrollment.schoolId();
      if (calendarsSent.contains(school)) {
        parentsOfOne.add(school);
      }
      if (calendarsSent.contains(calendar)) {
        parentsOfOne.add(calendar);
      }
      if (personsSent.get(enrollment.personId()) == Outcome.SYNCED) {
        parentsOfOne.add(SyncObject.PERSON_IDENTITY.displayName() + " " + enrollment.personId());
      }
      sent.put(enrollment.enrollmentId(), parentsOfOne);
    }
    return sent;
  }

  private static RecordOutcome withParents(RecordOutcome outcome, List<String> parents) {
    if (parents == null || parents.isEmpty() || outcome.outcome() == Outcome.FAILED) {
      return outcome;
    }
    String reason = SyncMessages.format("reason.parentsSent", String.join(", ", parents));
    return new RecordOutcome(outcome.key(), outcome.outcome(), reason, null, null);
  }
}
