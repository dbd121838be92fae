package org.sis.selectivesync.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sis.selectivesync.state.StateCalendar;
import org.sis.selectivesync.state.StateEnrollment;
import org.sis.selectivesync.state.StateIdentity;
import org.sis.selectivesync.state.StatePerson;
import org.sis.selectivesync.state.StateSchool;
import org.sis.selectivesync.sync.DistrictRecords;
import org.sis.selectivesync.sync.EnrollmentSnapshot;
import org.sis.selectivesync.sync.PersonSnapshot;
import org.sis.selectivesync.sync.SyncObject;

/**
 * The field-level differences of a page of keys, computed on demand: loads both sides of those
 * records (a few queries per side, so call it with one page of keys) and lists each synced field
 * that differs with both values. Reads the district and the state one after the other, never in one
 * transaction. Checks no rights: {@link VerificationService} does.
 */
@ApplicationScoped
public class FieldDifferences {

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  @PersistenceContext(unitName = "state")
  private EntityManager state;

  @Inject private DistrictRecords districtRecords;

  /** The differing fields of the keys, by key in key order of the given collection. */
  public Map<Long, List<FieldDifference>> of(
      SyncObject object, int districtId, Collection<Long> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<Long, RecordFields> atDistrict = districtFields(object, districtId, keys);
    Map<Long, RecordFields> atState = stateFields(object, districtId, keys, atDistrict);
    Map<Long, List<FieldDifference>> differences = new LinkedHashMap<>();
    for (long key : keys) {
      differences.put(key, RecordFields.oneSided(key, atDistrict.get(key), atState.get(key)));
    }
    return differences;
  }

  private Map<Long, RecordFields> districtFields(
      SyncObject object, int districtId, Collection<Long> keys) {
    return switch (object) {
      case PERSON_IDENTITY -> persons(districtRecords.persons(districtId, keys));
      case ENROLLMENT -> enrollments(districtRecords.enrollments(districtId, keys));
      case SCHOOL -> rows(district, DISTRICT_SCHOOLS, districtId, keys, FieldDifferences::school);
      case CALENDAR ->
          rows(district, DISTRICT_CALENDARS, districtId, keys, FieldDifferences::calendar);
      default -> Map.of();
    };
  }

  private Map<Long, RecordFields> stateFields(
      SyncObject object, int districtId, Collection<Long> keys, Map<Long, RecordFields> district) {
    return switch (object) {
      case PERSON_IDENTITY -> statePersons(districtId, keys, district);
      case ENROLLMENT -> stateEnrollments(districtId, keys);
      case SCHOOL -> stateSchools(districtId, keys);
      case CALENDAR -> stateCalendars(districtId, keys);
      default -> Map.of();
    };
  }

  private static Map<Long, RecordFields> persons(List<PersonSnapshot> persons) {
    Map<Long, RecordFields> fields = new HashMap<>();
    for (PersonSnapshot person : persons) {
      RecordFields record = new RecordFields().field("studentNumber", person.studentNumber());
      if (person.stateId() != null) {
        record.field("stateId", person.stateId());
      }
      for (PersonSnapshot.IdentityRow row : person.identities()) {
        identity(
            record,
            row.identityId(),
            row.effectiveDate(),
            row.name().first(),
            row.name().middle(),
            row.name().last(),
            row.birthDate(),
            row.gender(),
            row.raceEthnicity());
      }
      fields.put(person.personId(), record);
    }
    return fields;
  }

  /** The state persons; their state ID counts only where the district holds one. */
  private Map<Long, RecordFields> statePersons(
      int districtId, Collection<Long> keys, Map<Long, RecordFields> district) {
    Map<Long, RecordFields> fields = new HashMap<>();
    for (StatePerson person : byKeys(StatePerson.class, "districtKey", districtId, keys)) {
      long key = person.getKey().districtKey();
      RecordFields record = new RecordFields().field("studentNumber", person.getStudentNumber());
      if (district.containsKey(key) && district.get(key).hasField("stateId")) {
        record.field("stateId", person.getStateId());
      }
      fields.put(key, record);
    }
    for (StateIdentity row : byKeys(StateIdentity.class, "personId", districtId, keys)) {
      RecordFields record = fields.computeIfAbsent(row.getPersonId(), k -> new RecordFields());
      identity(
          record,
          row.getKey().districtKey(),
          row.getEffectiveDate(),
          row.getName().first(),
          row.getName().middle(),
          row.getName().last(),
          row.getBirthDate(),
          row.getGender(),
          row.getRaceEthnicity());
    }
    return fields;
  }

  private static void identity(RecordFields record, long row, Object... values) {
    String[] names = {
      "effectiveDate", "firstName", "middleName", "lastName", "birthDate", "gender", "raceEthnicity"
    };
    for (int i = 0; i < names.length; i++) {
      record.rowField(row, names[i], values[i]);
    }
  }

  private static Map<Long, RecordFields> enrollments(List<EnrollmentSnapshot> enrollments) {
    Map<Long, RecordFields> fields = new HashMap<>();
    for (EnrollmentSnapshot e : enrollments) {
      if (e.exclusion().isEmpty()) {
        fields.put(
            e.enrollmentId(),
            enrollment(
                e.personId(),
                e.calendarId(),
                e.grade(),
                e.startDate(),
                e.startStatus(),
                e.endDate(),
                e.endStatus(),
                e.serviceType()));
      }
    }
    return fields;
  }

  private Map<Long, RecordFields> stateEnrollments(int districtId, Collection<Long> keys) {
    Map<Long, RecordFields> fields = new HashMap<>();
    for (StateEnrollment e : byKeys(StateEnrollment.class, "districtKey", districtId, keys)) {
      fields.put(
          e.getKey().districtKey(),
          enrollment(
              e.getPersonId(),
              e.getCalendarId(),
              e.getGrade(),
              e.getStartDate(),
              e.getStartStatus(),
              e.getEndDate(),
              e.getEndStatus(),
              e.getServiceType()));
    }
    return fields;
  }

  private static RecordFields enrollment(Object... values) {
    String[] names = {
      "person",
      "calendar",
      "grade",
      "startDate",
      "startStatus",
      "endDate",
      "endStatus",
      "serviceType"
    };
    RecordFields record = new RecordFields();
    for (int i = 0; i < names.length; i++) {
      record.field(names[i], values[i]);
    }
    return record;
  }

  private static final String DISTRICT_SCHOOLS =
      "SELECT s.id, s.name, s.stateSchoolNumber FROM School s"
          + " WHERE s.district.id = :district AND s.stateExcluded = FALSE AND s.id IN :keys";

  private static final String DISTRICT_CALENDARS =
      "SELECT c.id, s.id, c.schoolYear, c.name, c.startDate, c.endDate"
          + " FROM Calendar c JOIN c.school s WHERE s.district.id = :district"
          + " AND s.stateExcluded = FALSE AND c.stateExcluded = FALSE AND c.id IN :keys";

  private static RecordFields school(Object[] row) {
    return new RecordFields().field("name", row[1]).field("stateSchoolNumber", row[2]);
  }

  private static RecordFields calendar(Object[] row) {
    return new RecordFields()
        .field("school", row[1])
        .field("schoolYear", row[2])
        .field("name", row[3])
        .field("startDate", row[4])
        .field("endDate", row[5]);
  }

  private Map<Long, RecordFields> stateSchools(int districtId, Collection<Long> keys) {
    Map<Long, RecordFields> fields = new HashMap<>();
    for (StateSchool s : byKeys(StateSchool.class, "districtKey", districtId, keys)) {
      fields.put(
          s.getKey().districtKey(),
          school(new Object[] {null, s.getName(), s.getStateSchoolNumber()}));
    }
    return fields;
  }

  private Map<Long, RecordFields> stateCalendars(int districtId, Collection<Long> keys) {
    Map<Long, RecordFields> fields = new HashMap<>();
    for (StateCalendar c : byKeys(StateCalendar.class, "districtKey", districtId, keys)) {
      Object[] row = {
        null, c.getSchoolId(), c.getSchoolYear(), c.getName(), c.getStartDate(), c.getEndDate()
      };
      fields.put(c.getKey().districtKey(), calendar(row));
    }
    return fields;
  }

  private static Map<Long, RecordFields> rows(
      EntityManager em,
      String jpql,
      int districtId,
      Collection<Long> keys,
      Function<Object[], RecordFields> mapper) {
    List<Integer> ids = keys.stream().map(Long::intValue).toList();
    Map<Long, RecordFields> fields = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .setParameter("district", districtId)
        .setParameter("keys", ids)
        .getResultStream()
        .forEach(row -> fields.put(((Number) row[0]).longValue(), mapper.apply(row)));
    return fields;
  }

  private <T> List<T> byKeys(
      Class<T> type, String keyField, int districtId, Collection<Long> keys) {
    return new ArrayList<>(
        state
            .createQuery(
                "SELECT r FROM "
                    + type.getSimpleName()
                    + " r WHERE r.districtId = :district AND r."
                    + keyField
                    + " IN :keys",
                type)
            .setParameter("district", districtId)
            .setParameter("keys", keys)
            .getResultList());
  }
}
