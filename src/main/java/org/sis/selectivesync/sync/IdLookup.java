package org.sis.selectivesync.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sis.selectivesync.district.Enrollment;
import org.sis.selectivesync.district.Person;
import org.sis.selectivesync.rights.Caller;
import org.sis.selectivesync.rights.RequiresRight;
import org.sis.selectivesync.rights.Right;
import org.sis.selectivesync.rights.Tools;
import org.sis.selectivesync.sync.PersonMatch.EnrollmentChoice;

/**
 * Finds the IDs to sync without leaving the page: persons of one district by name ({@code Last},
 * {@code Last, First} or {@code First Last}, beginnings of names are enough) or by student number
 * or personID, with their enrollments. Read-only on the district database; needs R on Selective
 * Sync and the district.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class IdLookup {

  /** The most persons one lookup returns. */
  static final int MAX_MATCHES = 20;

  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  @Inject private Caller caller;

  /**
   * The persons of the district matching the text, by name; empty for a blank text.
   *
   * @throws org.sis.selectivesync.rights.AccessDeniedException for another district
   */
  @RequiresRight(tool = Tools.SELECTIVE_SYNC, right = Right.R)
  public List<PersonMatch> find(int districtId, String text) {
    caller.requireDistrict(districtId);
    String query = text == null ? "" : text.strip();
    if (query.isEmpty()) {
      return List.of();
    }
    List<Person> persons =
        DIGITS.matcher(query).matches() ? byNumber(districtId, query) : byName(districtId, query);
    return matches(persons);
  }

  private List<Person> byNumber(int districtId, String number) {
    return district
        .createQuery(
            "SELECT p FROM Person p WHERE p.district.id = :district"
                + " AND (p.studentNumber = :number OR p.id = :id) ORDER BY p.id",
            Person.class)
        .setParameter("district", districtId)
        .setParameter("number", number)
        .setParameter("id", Long.parseLong(number))
        .setMaxResults(MAX_MATCHES)
        .getResultList();
  }

  private List<Person> byName(int districtId, String text) {
    NameQuery name = NameQuery.of(text);
    return district
        .createQuery(
            "SELECT DISTINCT p FROM Person p JOIN p.identities i WHERE p.district.id = :district"
                + " AND ((LOWER(i.lastName) LIKE :last AND LOWER(i.firstName) LIKE :first)"
                + " OR (LOWER(i.lastName) LIKE :first AND LOWER(i.firstName) LIKE :last))"
                + " ORDER BY p.id",
            Person.class)
        .setParameter("district", districtId)
        .setParameter("last", name.last())
        .setParameter("first", name.first())
        .setMaxResults(MAX_MATCHES)
        .getResultList();
  }

  private List<PersonMatch> matches(List<Person> persons) {
    if (persons.isEmpty()) {
      return List.of();
    }
    Map<Long, List<EnrollmentChoice>> enrollments = enrollmentsOf(persons);
    List<PersonMatch> matches = new ArrayList<>();
    for (Person person : persons) {
      String name = person.currentIdentity().map(i -> i.getName().listForm()).orElse("");
      matches.add(
          new PersonMatch(
              person.getId(),
              name,
              person.getStudentNumber(),
              enrollments.getOrDefault(person.getId(), List.of())));
    }
    matches.sort(Comparator.comparing(PersonMatch::name));
    return matches;
  }

  private Map<Long, List<EnrollmentChoice>> enrollmentsOf(List<Person> persons) {
    List<Enrollment> rows =
        district
            .createQuery(
                "SELECT e FROM Enrollment e JOIN FETCH e.calendar c JOIN FETCH c.school"
                    + " WHERE e.person IN :persons ORDER BY c.schoolYear DESC, e.startDate DESC",
                Enrollment.class)
            .setParameter("persons", persons)
            .getResultList();
    Map<Long, List<EnrollmentChoice>> byPerson = new LinkedHashMap<>();
    for (Enrollment row : rows) {
      byPerson
          .computeIfAbsent(row.getPerson().getId(), id -> new ArrayList<>())
          .add(
              new EnrollmentChoice(
                  row.getId(),
                  row.getCalendar().getSchool().getName(),
                  row.getCalendar().getSchoolYear(),
                  row.getGrade()));
    }
    return byPerson;
  }

  /** The LIKE patterns of a name text: {@code Last, First}, {@code First Last} or one word. */
  private record NameQuery(String last, String first) {

    static NameQuery of(String text) {
      String lower = text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
      int comma = lower.indexOf(',');
      if (comma >= 0) {
        String[] given = lower.substring(comma + 1).strip().split("\\s+", 2);
        return new NameQuery(lower.substring(0, comma).strip() + "%", given[0] + "%");
      }
      String[] words = lower.split("\\s+", 2);
      return words.length == 2
          ? new NameQuery(words[1] + "%", words[0] + "%")
          : new NameQuery(words[0] + "%", "%");
    }
  }
}
