package org.sis.selectivesync.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sis.selectivesync.history.RecordDescriptions;
import org.sis.selectivesync.report.ReportTexts;
import org.sis.selectivesync.state.StateIdentity;
import org.sis.selectivesync.sync.SyncObject;

/**
 * Short descriptions of a page of keys of any verified object: persons and enrollments as the Sync
 * History describes them ({@link RecordDescriptions}), schools and calendars by name, and records
 * at the state only from the state copy, marked as such. Descriptions hold student names: never log
 * them above FINE.
 */
@ApplicationScoped
public class KeyDescriptions {

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  @PersistenceContext(unitName = "state")
  private EntityManager state;

  @Inject private RecordDescriptions records;

  /** The description of each key that has a record at the district or at the state. */
  public Map<Long, String> describe(
      SyncObject object, int districtId, Collection<Long> keys, Locale locale) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    Map<Long, String> descriptions = new HashMap<>(atDistrict(object, districtId, keys, locale));
    List<Long> rest = keys.stream().filter(key -> !descriptions.containsKey(key)).toList();
    ReportTexts texts = ReportTexts.of(locale);
    atState(object, districtId, rest)
        .forEach(
            (key, text) -> descriptions.put(key, texts.text("verify.describe.stateOnly", text)));
    return descriptions;
  }

  private Map<Long, String> atDistrict(
      SyncObject object, int districtId, Collection<Long> keys, Locale locale) {
    return switch (object) {
      case SCHOOL ->
          names(
              district,
              "SELECT s.id, s.name FROM School s WHERE s.district.id = :district AND s.id IN :keys",
              districtId,
              ints(keys));
      case CALENDAR ->
          names(
              district,
              "SELECT c.id, CONCAT(c.name, ' (', s.name, ')') FROM Calendar c JOIN c.school s"
                  + " WHERE s.district.id = :district AND c.id IN :keys",
              districtId,
              ints(keys));
      default -> records.describe(object, districtId, keys, locale);
    };
  }

  private Map<Long, String> atState(SyncObject object, int districtId, List<Long> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    return switch (object) {
      case SCHOOL ->
          names(
              state,
              "SELECT s.districtKey, s.name FROM StateSchool s"
                  + " WHERE s.districtId = :district AND s.districtKey IN :keys",
              districtId,
              keys);
      case CALENDAR ->
          names(
              state,
              "SELECT c.districtKey, c.name FROM StateCalendar c"
                  + " WHERE c.districtId = :district AND c.districtKey IN :keys",
              districtId,
              keys);
      case PERSON_IDENTITY -> statePersons(districtId, keys);
      case ENROLLMENT ->
          names(
              state,
              "SELECT e.districtKey, CONCAT('grade ', e.grade, ', ', e.startDate)"
                  + " FROM StateEnrollment e"
                  + " WHERE e.districtId = :district AND e.districtKey IN :keys",
              districtId,
              keys);
      default -> Map.of();
    };
  }

  /** The state's name of each person: the identity row with the latest effective date. */
  private Map<Long, String> statePersons(int districtId, List<Long> keys) {
    Map<Long, StateIdentity> latest = new HashMap<>();
    state
        .createQuery(
            "SELECT i FROM StateIdentity i WHERE i.districtId = :district AND i.personId IN :keys",
            StateIdentity.class)
        .setParameter("district", districtId)
        .setParameter("keys", keys)
        .getResultStream()
        .forEach(row -> latest.merge(row.getPersonId(), row, KeyDescriptions::later));
    Map<Long, String> names = new HashMap<>();
    latest.forEach((key, row) -> names.put(key, row.getName().listForm()));
    return names;
  }

  private static StateIdentity later(StateIdentity a, StateIdentity b) {
    return a.getEffectiveDate().isAfter(b.getEffectiveDate()) ? a : b;
  }

  private static Map<Long, String> names(
      EntityManager em, String jpql, int districtId, Collection<?> keys) {
    Map<Long, String> names = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .setParameter("district", districtId)
        .setParameter("keys", keys)
        .getResultStream()
        .forEach(row -> names.put(((Number) row[0]).longValue(), String.valueOf(row[1])));
    return names;
  }

  private static List<Integer> ints(Collection<Long> keys) {
    return keys.stream().map(Long::intValue).toList();
  }
}
