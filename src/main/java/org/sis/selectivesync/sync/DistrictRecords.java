package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sis.selectivesync.district.District;
import org.sis.selectivesync.district.Person;

/**
 * Reads district records in bulk, one query per kind and chunk, and hands them on as snapshots.
 * Read-only: the plugin never writes the district database. Each call runs in a short transaction
 * of its own on the district database.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DistrictRecords {

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  /** The district of an ID, if it exists. */
  public Optional<District> district(int districtId) {
    return Optional.ofNullable(district.find(District.class, districtId));
  }

  /** The persons of a district with those personIDs, with every identity row. */
  public List<PersonSnapshot> persons(int districtId, Collection<Long> keys) {
    List<Person> persons =
        district
            .createQuery(
                "SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.identities"
                    + " WHERE p.district.id = :district AND p.id IN :keys",
                Person.class)
            .setParameter("district", districtId)
            .setParameter("keys", keys)
            .getResultList();
    return persons.stream().map(PersonSnapshot::of).toList();
  }

  /** The enrollments of a district with those enrollmentIDs, with their exclusion flags. */
  public List<EnrollmentSnapshot> enrollments(int districtId, Collection<Long> keys) {
    return district
        .createQuery(
            "SELECT NEW org.sis.selectivesync.sync.EnrollmentSnapshot(e.id, p.id, c.id, s.id,"
                + " e.grade, e.startDate, e.startStatus, e.endDate, e.endStatus, e.serviceType,"
                + " e.stateExclude, e.noShow, c.stateExcluded, s.stateExcluded)"
                + " FROM Enrollment e JOIN e.person p JOIN e.calendar c JOIN c.school s"
                + " WHERE s.district.id = :district AND e.id IN :keys",
            EnrollmentSnapshot.class)
        .setParameter("district", districtId)
        .setParameter("keys", keys)
        .getResultList();
  }

  /** The calendars with those IDs, with their school and district. */
  public List<CalendarSnapshot> calendars(int districtId, Collection<Integer> calendarIds) {
    return district
        .createQuery(
            "SELECT NEW org.sis.selectivesync.sync.CalendarSnapshot(c.id, c.schoolYear, c.name,"
                + " c.startDate, c.endDate, s.id, s.name, s.stateSchoolNumber, d.id, d.name,"
                + " d.stateCode)"
                + " FROM Calendar c JOIN c.school s JOIN s.district d"
                + " WHERE d.id = :district AND c.id IN :ids",
            CalendarSnapshot.class)
        .setParameter("district", districtId)
        .setParameter("ids", calendarIds)
        .getResultList();
  }
}
