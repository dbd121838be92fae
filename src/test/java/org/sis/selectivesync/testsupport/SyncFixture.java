package org.sis.selectivesync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sis.selectivesync.district.Calendar;
import org.sis.selectivesync.district.District;
import org.sis.selectivesync.district.Enrollment;
import org.sis.selectivesync.district.Identity;
import org.sis.selectivesync.district.Person;
import org.sis.selectivesync.district.PersonName;
import org.sis.selectivesync.district.School;
import org.sis.selectivesync.history.HistoryRecords;
import org.sis.selectivesync.state.StateCalendar;
import org.sis.selectivesync.state.StateEnrollment;
import org.sis.selectivesync.state.StateIdentity;
import org.sis.selectivesync.state.StateKey;
import org.sis.selectivesync.state.StatePerson;
import org.sis.selectivesync.sync.SyncRequest;

/**
 * Builds district records and their state copies for one test, with keys no other test uses, and
 * checks the state copy against the district. Stands in for the host SIS: only tests and the demo
 * write the district database.
 */
@ApplicationScoped
@Transactional
public class SyncFixture {

  /** The demo district the fixtures live in. */
  public static final int DISTRICT = 255903;

  private static final AtomicLong NEXT_KEY = new AtomicLong(20_000_000);

  @PersistenceContext(unitName = "district")
  private EntityManager district;

  @PersistenceContext(unitName = "state")
  private EntityManager state;

  @Inject private HistoryRecords history;

  /** A key no fixture has used yet. */
  public long newKey() {
    return NEXT_KEY.incrementAndGet();
  }

  /** A district person with identity rows effective one year apart; returns the personID. */
  public long person(String lastName, int identityRows) {
    long key = newKey();
    Person person = new Person(key, district.find(District.class, DISTRICT), "N" + key, null);
    for (int row = 0; row < identityRows; row++) {
      person.addIdentity(
          new Identity(
              newKey(),
              LocalDate.of(2015 + row, 8, 20),
              new PersonName("Test", null, lastName + (row == 0 ? "" : "-" + row)),
              LocalDate.of(2010, 1, 1 + row)));
    }
    district.persist(person);
    return key;
  }

  /** Copies a district person, exactly, to the state. */
  public void copyToState(long personId) {
    Person person = district.find(Person.class, personId);
    state.persist(new StatePerson(stateKey(personId), "S" + personId, person.getStudentNumber()));
    state.flush();
    for (Identity identity : person.getIdentities()) {
      StateIdentity copy = new StateIdentity(stateKey(identity.getId()), personId);
      copy.setEffectiveDate(identity.getEffectiveDate());
      copy.setName(identity.getName());
      copy.setBirthDate(identity.getBirthDate());
      copy.setDemographics(identity.getGender(), identity.getRaceEthnicity());
      state.persist(copy);
    }
  }

  /** Changes the last name of every identity row of a person at the state only. */
  public void renameAtState(long personId, String lastName) {
    for (StateIdentity identity : stateIdentities(personId)) {
      PersonName name = identity.getName();
      identity.setName(new PersonName(name.first(), name.middle(), lastName));
    }
  }

  /** Adds an identity row at the state that the district does not have; returns its key. */
  public long extraRowAtState(long personId) {
    StateIdentity extra = new StateIdentity(stateKey(newKey()), personId);
    extra.setEffectiveDate(LocalDate.of(2023, 1, 9));
    extra.setName(new PersonName("Stale", null, "Row"));
    state.persist(extra);
    return extra.getKey().districtKey();
  }

  /** Deletes the latest identity row of a person at the district. */
  public void dropLatestIdentityAtDistrict(long personId) {
    Person person = district.find(Person.class, personId);
    Identity latest =
        person.getIdentities().stream()
            .max(Comparator.comparing(Identity::getEffectiveDate))
            .orElseThrow();
    person.getIdentities().remove(latest);
  }

  /** A calendar of the demo district that is at the state, with its school; returns its ID. */
  public int calendarAtState() {
    return state
        .createQuery(
            "SELECT c.districtKey FROM StateCalendar c WHERE c.districtId = :d"
                + " ORDER BY c.districtKey",
            Long.class)
        .setParameter("d", DISTRICT)
        .setMaxResults(1)
        .getSingleResult()
        .intValue();
  }

  /** A calendar of a demo school that is at the state, but not itself at the state. */
  public int calendarOnlyAtDistrict() {
    int id = (int) newKey();
    School school = district.find(Calendar.class, calendarAtState()).getSchool();
    Calendar calendar = new Calendar(id, school, 2024, "Fixture " + id);
    calendar.setDates(LocalDate.of(2023, 8, 21), LocalDate.of(2024, 5, 24));
    district.persist(calendar);
    return id;
  }

  /** A district enrollment in grade 09; returns its enrollmentID. */
  public long enrollment(long personId, int calendarId) {
    long key = newKey();
    Enrollment enrollment =
        new Enrollment(
            key,
            district.find(Person.class, personId),
            district.find(Calendar.class, calendarId),
            "09",
            LocalDate.of(2023, 8, 21));
    enrollment.setStartStatus("E1");
    district.persist(enrollment);
    return key;
  }

  /** Flags a district enrollment State Exclude or No Show. */
  public void flag(long enrollmentId, boolean stateExclude, boolean noShow) {
    Enrollment enrollment = district.find(Enrollment.class, enrollmentId);
    enrollment.setStateExclude(stateExclude);
    enrollment.setNoShow(noShow);
  }

  /** Copies a district enrollment to the state, changing its grade when one is given. */
  public void copyEnrollmentToState(long enrollmentId, String grade) {
    Enrollment enrollment = district.find(Enrollment.class, enrollmentId);
    StateEnrollment copy =
        new StateEnrollment(
            stateKey(enrollmentId),
            enrollment.getPerson().getId(),
            enrollment.getCalendar().getId());
    copy.setGrade(grade == null ? enrollment.getGrade() : grade);
    copy.start(enrollment.getStartDate(), enrollment.getStartStatus());
    copy.end(enrollment.getEndDate(), enrollment.getEndStatus());
    copy.setServiceType(enrollment.getServiceType());
    state.persist(copy);
  }

  /** Asserts that the state holds exactly the district's person and identity rows. */
  public void assertStateMatchesDistrict(long personId) {
    Person person = district.find(Person.class, personId);
    assertThat(state.find(StatePerson.class, stateKey(personId))).isNotNull();
    List<String> districtRows =
        person.getIdentities().stream()
            .map(
                i ->
                    i.getId()
                        + " "
                        + i.getEffectiveDate()
                        + " "
                        + i.getName()
                        + " "
                        + i.getBirthDate())
            .sorted()
            .toList();
    List<String> stateRows =
        stateIdentities(personId).stream()
            .map(
                i ->
                    i.getKey().districtKey()
                        + " "
                        + i.getEffectiveDate()
                        + " "
                        + i.getName()
                        + " "
                        + i.getBirthDate())
            .sorted()
            .toList();
    assertThat(stateRows).isEqualTo(districtRows);
  }

  /** The state copy of an enrollment, if any. */
  public StateEnrollment stateEnrollment(long enrollmentId) {
    return state.find(StateEnrollment.class, stateKey(enrollmentId));
  }

  /** Whether the state holds a calendar. */
  public boolean calendarAtState(int calendarId) {
    return state.find(StateCalendar.class, stateKey(calendarId)) != null;
  }

  /** Waits until a request is neither queued nor running, and returns it. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public SyncRequest awaitEnd(long requestId, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      SyncRequest request = history.request(requestId).orElseThrow();
      if (!request.getStatus().isActive()) {
        return request;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Sync request " + requestId + " did not end within " + timeout);
  }

  private List<StateIdentity> stateIdentities(long personId) {
    return state
        .createQuery(
            "SELECT i FROM StateIdentity i WHERE i.districtId = :d AND i.personId = :p",
            StateIdentity.class)
        .setParameter("d", DISTRICT)
        .setParameter("p", personId)
        .getResultList();
  }

  private static StateKey stateKey(long key) {
    return new StateKey(DISTRICT, key);
  }
}
