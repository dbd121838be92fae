package org.sis.selectivesync.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sis.selectivesync.district.Person;
import org.sis.selectivesync.report.ReportTexts;
import org.sis.selectivesync.sync.SyncObject;

/**
 * Short descriptions of district records for the Sync History and reports, read in bulk: two
 * queries per call at most, so call it with one page of keys (up to about 1,000). A person reads
 * {@code Lastname, Firstname (student number 123, state ID 456)}, an enrollment {@code Lastname,
 * Firstname — School, grade 09, 2021-2022}. Keys with no district record are absent from the
 * answer.
 *
 * <p>Read-only, in a short transaction of its own on the district database. Checks no rights: the
 * caller has already checked that the district is the user's. The descriptions hold student names:
 * never log them above FINE.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class RecordDescriptions {

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  /** The descriptions in English; see {@link #describe(SyncObject, int, Collection, Locale)}. */
  public Map<Long, String> describe(SyncObject object, int districtId, Collection<Long> keys) {
    return describe(object, districtId, keys, Locale.ENGLISH);
  }

  /**
   * The description of each key that has a record of the object in the district.
   *
   * @param object {@link SyncObject#PERSON_IDENTITY} or {@link SyncObject#ENROLLMENT}; other
   *     objects have no descriptions (an empty map)
   * @param keys personIDs or enrollmentIDs, one page of them
   * @param locale the locale of the words and numbers
   */
  public Map<Long, String> describe(
      SyncObject object, int districtId, Collection<Long> keys, Locale locale) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    ReportTexts texts = ReportTexts.of(locale);
    return switch (object) {
      case PERSON_IDENTITY -> persons(districtId, keys, texts);
      case ENROLLMENT -> enrollments(districtId, keys, texts);
      default -> Map.of();
    };
  }

  private Map<Long, String> persons(int districtId, Collection<Long> keys, ReportTexts texts) {
    return personsById(districtId, keys).values().stream()
        .collect(Collectors.toMap(Person::getId, person -> personText(person, texts)));
  }

  private Map<Long, String> enrollments(int districtId, Collection<Long> keys, ReportTexts texts) {
    List<EnrollmentLine> lines =
        district
            .createQuery(
                "SELECT e.id, p.id, s.name, e.grade, c.schoolYear"
                    + " FROM Enrollment e JOIN e.person p JOIN e.calendar c JOIN c.school s"
                    + " WHERE s.district.id = :district AND e.id IN :keys",
                Object[].class)
            .setParameter("district", districtId)
            .setParameter("keys", keys)
            .getResultStream()
            .map(EnrollmentLine::of)
            .toList();
    Set<Long> personIds = lines.stream().map(EnrollmentLine::personId).collect(Collectors.toSet());
    Map<Long, Person> persons = personsById(districtId, personIds);

    Map<Long, String> descriptions = new HashMap<>();
    for (EnrollmentLine line : lines) {
      descriptions.put(
          line.enrollmentId(), enrollmentText(line, persons.get(line.personId()), texts));
    }
    return descriptions;
  }

  private Map<Long, Person> personsById(int districtId, Collection<Long> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    return district
        .createQuery(
            "SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.identities"
                + " WHERE p.district.id = :district AND p.id IN :keys",
            Person.class)
        .setParameter("district", districtId)
        .setParameter("keys", keys)
        .getResultStream()
        .collect(Collectors.toMap(Person::getId, person -> person, (a, b) -> a));
  }

  private static String personText(Person person, ReportTexts texts) {
    String name = name(person, texts);
    boolean number = present(person.getStudentNumber());
    boolean stateId = present(person.getStateId());
    if (number && stateId) {
      return texts.text(
          "describe.person.numberAndStateId", name, person.getStudentNumber(), person.getStateId());
    }
    if (number) {
      return texts.text("describe.person.number", name, person.getStudentNumber());
    }
    if (stateId) {
      return texts.text("describe.person.stateId", name, person.getStateId());
    }
    return name;
  }

  private static String enrollmentText(EnrollmentLine line, Person person, ReportTexts texts) {
    String name = person == null ? texts.text("describe.noName") : name(person, texts);
    String year = texts.text("describe.schoolYear", line.schoolYear() - 1, line.schoolYear());
    return present(line.grade())
        ? texts.text("describe.enrollment", name, line.school(), line.grade(), year)
        : texts.text("describe.enrollmentNoGrade", name, line.school(), year);
  }

  private static String name(Person person, ReportTexts texts) {
    return person
        .currentIdentity()
        .map(identity -> identity.getName().listForm())
        .orElseGet(() -> texts.text("describe.noName"));
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** One enrollment with what its description needs. */
  private record EnrollmentLine(
      long enrollmentId, long personId, String school, String grade, int schoolYear) {

    static EnrollmentLine of(Object[] row) {
      return new EnrollmentLine(
          ((Number) row[0]).longValue(),
          ((Number) row[1]).longValue(),
          (String) row[2],
          (String) row[3],
          ((Number) row[4]).intValue());
    }
  }
}
