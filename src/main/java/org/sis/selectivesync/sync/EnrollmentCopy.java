package org.sis.selectivesync.sync;

import static java.util.stream.Collectors.toMap;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.sis.selectivesync.state.StateEnrollment;
import org.sis.selectivesync.state.StateKey;

/**
 * Makes the state copy of enrollments equal to the district's, for enrollments that are not
 * excluded and whose person and calendar are at the state. Works inside the caller's state
 * transaction; reads parents and copies in three queries per chunk.
 */
final class EnrollmentCopy {

  private final EntityManager state;
  private final int districtId;

  EnrollmentCopy(EntityManager state, int districtId) {
    this.state = state;
    this.districtId = districtId;
  }

  /**
   * Decides and writes the outcome of each sendable enrollment: FAILED naming a parent that is not
   * at the state, else SYNCED or UNCHANGED.
   */
  Map<Long, RecordOutcome> copy(List<EnrollmentSnapshot> enrollments) {
    Set<Long> persons =
        present(
            "StatePerson",
            enrollments.stream().map(EnrollmentSnapshot::personId).distinct().toList());
    Set<Long> calendars =
        present(
            "StateCalendar",
            enrollments.stream().map(e -> (long) e.calendarId()).distinct().toList());
    Map<Long, StateEnrollment> copies =
        copies(enrollments.stream().map(EnrollmentSnapshot::enrollmentId).toList());

    Map<Long, RecordOutcome> outcomes = new LinkedHashMap<>();
    // Rows are written in key order so that concurrent requests lock them in the same order.
    List<EnrollmentSnapshot> inKeyOrder =
        enrollments.stream()
            .sorted(Comparator.comparingLong(EnrollmentSnapshot::enrollmentId))
            .toList();
    for (EnrollmentSnapshot enrollment : inKeyOrder) {
      long key = enrollment.enrollmentId();
      if (!persons.contains(enrollment.personId())) {
        outcomes.put(
            key,
            RecordOutcome.missingParent(key, SyncObject.PERSON_IDENTITY, enrollment.personId()));
      } else if (!calendars.contains((long) enrollment.calendarId())) {
        outcomes.put(
            key, RecordOutcome.missingParent(key, SyncObject.CALENDAR, enrollment.calendarId()));
      } else {
        outcomes.put(key, RecordOutcome.of(key, write(enrollment, copies.get(key))));
      }
    }
    return outcomes;
  }

  private Outcome write(EnrollmentSnapshot enrollment, StateEnrollment copy) {
    if (copy != null && matches(enrollment, copy)) {
      return Outcome.UNCHANGED;
    }
    if (copy == null) {
      StateKey key = new StateKey(districtId, enrollment.enrollmentId());
      copy = new StateEnrollment(key, enrollment.personId(), enrollment.calendarId());
      state.persist(copy);
    }
    copy.setParents(enrollment.personId(), enrollment.calendarId());
    copy.setGrade(enrollment.grade());
    copy.start(enrollment.startDate(), enrollment.startStatus());
    copy.end(enrollment.endDate(), enrollment.endStatus());
    copy.setServiceType(enrollment.serviceType());
    return Outcome.SYNCED;
  }

  private static boolean matches(EnrollmentSnapshot enrollment, StateEnrollment copy) {
    return copy.getPersonId() == enrollment.personId()
        && copy.getCalendarId() == enrollment.calendarId()
        && Objects.equals(copy.getGrade(), enrollment.grade())
        && Objects.equals(copy.getStartDate(), enrollment.startDate())
        && Objects.equals(copy.getStartStatus(), enrollment.startStatus())
        && Objects.equals(copy.getEndDate(), enrollment.endDate())
        && Objects.equals(copy.getEndStatus(), enrollment.endStatus())
        && Objects.equals(copy.getServiceType(), enrollment.serviceType());
  }

  private Set<Long> present(String entity, Collection<Long> keys) {
    if (keys.isEmpty()) {
      return Set.of();
    }
    KeyArray byKeys = KeyArray.of(state);
    return new HashSet<>(
        state
            .createQuery(
                "SELECT r.districtKey FROM "
                    + entity
                    + " r WHERE r.districtId = :district AND "
                    + byKeys.matches("r.districtKey"),
                Long.class)
            .setParameter("district", districtId)
            .setParameter("keys", byKeys.keys(keys))
            .getResultList());
  }

  private Map<Long, StateEnrollment> copies(List<Long> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    KeyArray byKeys = KeyArray.of(state);
    return state
        .createQuery(
            "SELECT e FROM StateEnrollment e"
                + " WHERE e.districtId = :district AND "
                + byKeys.matches("e.districtKey"),
            StateEnrollment.class)
        .setParameter("district", districtId)
        .setParameter("keys", byKeys.keys(keys))
        .getResultStream()
        .collect(toMap(e -> e.getKey().districtKey(), Function.identity()));
  }
}
