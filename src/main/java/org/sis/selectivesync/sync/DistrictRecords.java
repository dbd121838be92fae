package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sis.selectivesync.district.District;
import org.sis.selectivesync.district.PersonName;
import org.sis.selectivesync.sync.PersonSnapshot.IdentityRow;

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

  /**
   * The persons of a district with those personIDs, with every identity row: one plain join read as
   * values, in personID and effective-date order, so no entity is built.
   */
  public List<PersonSnapshot> persons(int districtId, Collection<Long> keys) {
    KeyArray byKeys = KeyArray.of(district);
    List<Object[]> rows =
        district
            .createQuery(
                "SELECT p.id, p.studentNumber, p.stateId, i.id, i.effectiveDate, i.firstName,"
                    + " i.middleName, i.lastName, i.birthDate, i.gender, i.raceEthnicity"
                    + " FROM Person p LEFT JOIN p.identities i"
                    + " WHERE p.district.id = :district AND "
                    + byKeys.matches("p.id")
                    + " ORDER BY p.id, i.effectiveDate",
                Object[].class)
            .setParameter("district", districtId)
            .setParameter("keys", byKeys.keys(keys))
            .getResultList();
    List<PersonSnapshot> persons = new ArrayList<>();
    int from = 0;
    while (from < rows.size()) {
      int to = from + 1;
      while (to < rows.size() && rows.get(to)[0].equals(rows.get(from)[0])) {
        to++;
      }
      persons.add(snapshot(rows.subList(from, to)));
      from = to;
    }
    return persons;
  }

  private static PersonSnapshot snapshot(List<Object[]> rows) {
    Object[] person = rows.get(0);
    List<IdentityRow> identities =
        rows.stream()
            .filter(row -> row[3] != null)
            .map(
                row ->
                    new IdentityRow(
                        (Long) row[3],
                        (LocalDate) row[4],
                        new PersonName((String) row[5], (String) row[6], (String) row[7]),
                        (LocalDate) row[8],
                        (String) row[9],
                        (String) row[10]))
            .toList();
    return new PersonSnapshot((Long) person[0], (String) person[1], (String) person[2], identities);
  }

  /** The enrollments of a district with those enrollmentIDs, with their exclusion flags. */
  public List<EnrollmentSnapshot> enrollments(int districtId, Collection<Long> keys) {
    KeyArray byKeys = KeyArray.of(district);
    return district
        .createQuery(
            "SELECT NEW org.sis.selectivesync.sync.EnrollmentSnapshot(e.id, e.personId, c.id,"
                + " s.id, e.grade, e.startDate, e.startStatus, e.endDate, e.endStatus,"
                + " e.serviceType, e.stateExclude, e.noShow, c.stateExcluded, s.stateExcluded)"
                + " FROM Enrollment e JOIN e.calendar c JOIN c.school s"
                + " WHERE s.district.id = :district AND "
                + byKeys.matches("e.id"),
            EnrollmentSnapshot.class)
        .setParameter("district", districtId)
        .setParameter("keys", byKeys.keys(keys))
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
