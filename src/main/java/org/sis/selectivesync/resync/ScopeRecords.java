package org.sis.selectivesync.resync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Optional;
import org.sis.selectivesync.district.Calendar;
import org.sis.selectivesync.district.School;
import org.sis.selectivesync.sync.SyncObject;

/**
 * Reads the district database for batch resync: the districts, schools, calendars and school years
 * to pick from, how many records a scope holds, and its keys page by page in key order. Read-only;
 * each call is a short transaction of its own on the district database. Checks no rights: {@link
 * BatchResync} does.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ScopeRecords {

  private static final String ENROLLMENTS =
      " FROM Enrollment e JOIN e.calendar c JOIN c.school s WHERE s.district.id = :district";

  private static final String PERSONS = " FROM Person p WHERE p.district.id = :district";

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  /** The schools of a district, by name. */
  public List<School> schools(int districtId) {
    return district
        .createQuery(
            "SELECT s FROM School s WHERE s.district.id = :district ORDER BY s.name", School.class)
        .setParameter("district", districtId)
        .getResultList();
  }

  /** The calendars of a district, of one school when one is given, newest year first. */
  public List<Calendar> calendars(int districtId, Integer schoolId) {
    String school = schoolId == null ? "" : " AND s.id = :school";
    TypedQuery<Calendar> query =
        district.createQuery(
            "SELECT c FROM Calendar c JOIN c.school s WHERE s.district.id = :district"
                + school
                + " ORDER BY c.schoolYear DESC, s.name, c.name",
            Calendar.class);
    query.setParameter("district", districtId);
    return schoolId == null
        ? query.getResultList()
        : query.setParameter("school", schoolId).getResultList();
  }

  /** The school years of a district's calendars, newest first. */
  public List<Integer> schoolYears(int districtId) {
    return district
        .createQuery(
            "SELECT DISTINCT c.schoolYear FROM Calendar c WHERE c.school.district.id = :district"
                + " ORDER BY c.schoolYear DESC",
            Integer.class)
        .setParameter("district", districtId)
        .getResultList();
  }

  /** The district of a school, if the school exists. */
  public Optional<Integer> districtOfSchool(int schoolId) {
    School school = district.find(School.class, schoolId);
    return Optional.ofNullable(school).map(s -> s.getDistrict().getId());
  }

  /** A calendar's school and district, if the calendar exists. */
  public Optional<CalendarPlace> placeOfCalendar(int calendarId) {
    Calendar calendar = district.find(Calendar.class, calendarId);
    return Optional.ofNullable(calendar)
        .map(c -> new CalendarPlace(c.getSchool().getId(), c.getSchool().getDistrict().getId()));
  }

  /** How many records of the object the scope holds. */
  public long count(SyncObject object, ResyncScope scope) {
    String from = object == SyncObject.ENROLLMENT ? ENROLLMENTS : PERSONS;
    String counted = object == SyncObject.ENROLLMENT ? "e" : "p";
    return bind(
            district.createQuery(
                "SELECT COUNT(" + counted + ")" + from + filter(object, scope), Long.class),
            scope)
        .getSingleResult();
  }

  /** Up to {@code count} keys of the scope greater than {@code after}, ascending. */
  public List<Long> keys(SyncObject object, ResyncScope scope, long after, int count) {
    boolean enrollments = object == SyncObject.ENROLLMENT;
    String key = enrollments ? "e.id" : "p.id";
    String jpql =
        "SELECT "
            + key
            + (enrollments ? ENROLLMENTS : PERSONS)
            + filter(object, scope)
            + " AND "
            + key
            + " > :after ORDER BY "
            + key;
    return bind(district.createQuery(jpql, Long.class), scope)
        .setParameter("after", after)
        .setMaxResults(count)
        .getResultList();
  }

  private static String filter(SyncObject object, ResyncScope scope) {
    StringBuilder narrow = new StringBuilder();
    if (scope.schoolId() != null) {
      narrow.append(" AND s.id = :school");
    }
    if (scope.calendarId() != null) {
      narrow.append(" AND c.id = :calendar");
    }
    if (scope.schoolYear() != null) {
      narrow.append(" AND c.schoolYear = :year");
    }
    if (object == SyncObject.ENROLLMENT || !scope.isNarrowed()) {
      return narrow.toString();
    }
    return " AND EXISTS (SELECT e.id FROM Enrollment e JOIN e.calendar c JOIN c.school s"
        + " WHERE e.person = p"
        + narrow
        + ")";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, ResyncScope scope) {
    query.setParameter("district", scope.districtId());
    if (scope.schoolId() != null) {
      query.setParameter("school", scope.schoolId());
    }
    if (scope.calendarId() != null) {
      query.setParameter("calendar", scope.calendarId());
    }
    if (scope.schoolYear() != null) {
      query.setParameter("year", scope.schoolYear());
    }
    return query;
  }

  /** Where a calendar belongs. */
  public record CalendarPlace(int schoolId, int districtId) {}
}
