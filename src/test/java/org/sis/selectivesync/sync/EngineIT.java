package org.sis.selectivesync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sis.selectivesync.testsupport.SyncFixture.DISTRICT;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sis.selectivesync.history.SyncHistory;
import org.sis.selectivesync.testsupport.Deployments;
import org.sis.selectivesync.testsupport.SyncFixture;

/** The sync engine in the container: outcomes, dependencies, reruns, concurrency, bad input. */
@ExtendWith(ArquillianExtension.class)
class EngineIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Inject private SyncService sync;

  @Inject private SyncHistory history;

  @Inject private SyncFixture fixture;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(EngineIT.class);
  }

  @Test
  void eachPersonIdentityOutcomeAndTheStateEndsEqual() throws Exception {
    long equal = fixture.person("Equal", 1);
    fixture.copyToState(equal);
    long renamed = fixture.person("Renamed", 2);
    fixture.copyToState(renamed);
    fixture.renameAtState(renamed, "Misspelt");
    long missing = fixture.person("Missing", 1);
    long staleRow = fixture.person("StaleRow", 1);
    fixture.copyToState(staleRow);
    fixture.extraRowAtState(staleRow);
    long unknown = fixture.newKey();

    SyncRequest request = run("PersonIdentity", keys(equal, renamed, missing, staleRow, unknown));

    assertThat(outcomes(request))
        .containsExactly(
            tuple(equal, Outcome.UNCHANGED),
            tuple(renamed, Outcome.SYNCED),
            tuple(missing, Outcome.SYNCED),
            tuple(staleRow, Outcome.SYNCED),
            tuple(unknown, Outcome.NOT_FOUND));
    assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETE);
    assertThat(request.getProcessed()).isEqualTo(5);
    for (long person : new long[] {equal, renamed, missing, staleRow}) {
      fixture.assertStateMatchesDistrict(person);
    }
  }

  @Test
  void aSecondRunOfTheSameKeysChangesNothing() throws Exception {
    long missing = fixture.person("Twice", 3);
    long renamed = fixture.person("TwiceRenamed", 1);
    fixture.copyToState(renamed);
    fixture.renameAtState(renamed, "Other");
    String keys = keys(missing, renamed);

    assertThat(outcomes(run("PersonIdentity", keys)))
        .extracting(t -> t.toList().get(1))
        .containsOnly(Outcome.SYNCED);
    assertThat(outcomes(run("PersonIdentity", keys)))
        .extracting(t -> t.toList().get(1))
        .containsOnly(Outcome.UNCHANGED);
  }

  @Test
  void identityRowsGoneAtTheDistrictAreRemovedAtTheState() throws Exception {
    long person = fixture.person("Shrinking", 3);
    fixture.copyToState(person);
    fixture.dropLatestIdentityAtDistrict(person);

    assertThat(outcomes(run("PersonIdentity", keys(person))))
        .containsExactly(tuple(person, Outcome.SYNCED));
    fixture.assertStateMatchesDistrict(person);
  }

  @Test
  void eachEnrollmentOutcomeAndDependencyFailuresNameTheParent() throws Exception {
    int calendar = fixture.calendarAtState();
    long student = fixture.person("Enrolled", 1);
    fixture.copyToState(student);
    long equal = fixture.enrollment(student, calendar);
    fixture.copyEnrollmentToState(equal, null);
    long regraded = fixture.enrollment(student, calendar);
    fixture.copyEnrollmentToState(regraded, "10");
    long missing = fixture.enrollment(student, calendar);
    long excluded = fixture.enrollment(student, calendar);
    fixture.flag(excluded, true, false);
    long noShow = fixture.enrollment(student, calendar);
    fixture.flag(noShow, false, true);
    int newCalendar = fixture.calendarOnlyAtDistrict();
    long inNewCalendar = fixture.enrollment(student, newCalendar);
    long newStudent = fixture.person("NotAtState", 1);
    long ofNewStudent = fixture.enrollment(newStudent, calendar);

    SyncRequest request =
        run(
            "Enrollment",
            keys(equal, regraded, missing, excluded, noShow, inNewCalendar, ofNewStudent));

    assertThat(outcomes(request))
        .containsExactly(
            tuple(equal, Outcome.UNCHANGED),
            tuple(regraded, Outcome.SYNCED),
            tuple(missing, Outcome.SYNCED),
            tuple(excluded, Outcome.SKIPPED),
            tuple(noShow, Outcome.SKIPPED),
            tuple(inNewCalendar, Outcome.FAILED),
            tuple(ofNewStudent, Outcome.FAILED));
    assertThat(request.getStatus()).isEqualTo(RequestStatus.COMPLETE_WITH_FAILURES);
    assertThat(history.results(request.getId(), Outcome.FAILED, 0, 10))
        .extracting(RecordResult::getParentObject, RecordResult::getParentKey)
        .containsExactly(
            tuple("Calendar", (long) newCalendar), tuple("PersonIdentity", newStudent));
    assertThat(history.results(request.getId(), Outcome.SKIPPED, 0, 10))
        .extracting(RecordResult::getReason)
        .containsExactly(
            "The enrollment is flagged State Exclude.", "The enrollment is flagged No Show.");
    assertThat(fixture.stateEnrollment(regraded).getGrade()).isEqualTo("09");
    assertThat(fixture.stateEnrollment(excluded)).isNull();
    assertThat(fixture.stateEnrollment(inNewCalendar)).isNull();
  }

  @Test
  void checkDependenciesSendsMissingParentsFirst() throws Exception {
    long newStudent = fixture.person("ParentFirst", 2);
    int newCalendar = fixture.calendarOnlyAtDistrict();
    long enrollment = fixture.enrollment(newStudent, newCalendar);

    SyncRequest withoutParents = run("Enrollment", keys(enrollment));
    assertThat(withoutParents.getStatus()).isEqualTo(RequestStatus.FAILED);

    SyncRequest request = sync.submit("Enrollment", DISTRICT, keys(enrollment), true, "it");
    request = fixture.awaitEnd(request.getId(), WAIT);

    assertThat(outcomes(request)).containsExactly(tuple(enrollment, Outcome.SYNCED));
    assertThat(history.results(request.getId(), null, 0, 1).get(0).getReason())
        .contains("Calendar " + newCalendar, "PersonIdentity " + newStudent);
    assertThat(fixture.calendarAtState(newCalendar)).isTrue();
    fixture.assertStateMatchesDistrict(newStudent);
    assertThat(fixture.stateEnrollment(enrollment).getCalendarId()).isEqualTo(newCalendar);
  }

  @Test
  void twoRequestsOverOverlappingKeysBothFinishAndTheStateEndsEqual() throws Exception {
    List<Long> persons =
        LongStream.range(0, 600).mapToObj(i -> fixture.person("Concurrent", 2)).toList();
    String first = join(persons.subList(0, 400));
    List<Long> overlapping = new ArrayList<>(persons.subList(200, 600));
    Collections.reverse(overlapping);
    String second = join(overlapping);

    CompletableFuture<SyncRequest> a =
        CompletableFuture.supplyAsync(
            () -> sync.submit("PersonIdentity", DISTRICT, first, false, "a"));
    CompletableFuture<SyncRequest> b =
        CompletableFuture.supplyAsync(
            () -> sync.submit("PersonIdentity", DISTRICT, second, false, "b"));
    SyncRequest endedA = fixture.awaitEnd(a.get().getId(), WAIT);
    SyncRequest endedB = fixture.awaitEnd(b.get().getId(), WAIT);

    assertThat(endedA.getStatus()).isEqualTo(RequestStatus.COMPLETE);
    assertThat(endedB.getStatus()).isEqualTo(RequestStatus.COMPLETE);
    assertThat(endedA.getProcessed() + endedB.getProcessed()).isEqualTo(800);
    persons.forEach(fixture::assertStateMatchesDistrict);
  }

  @Test
  void badInputIsRefusedWithItsReasonAndQueuesNothing() {
    long before = history.count(null);

    assertRefused("PersonIdentity", "", "Enter at least one ID.");
    assertRefused("PersonIdentity", "821, 12a, -5, 1.5, 0x1F", "4 entries are not valid IDs");
    assertRefused("PersonIdentity", "99999999999999999999", "1 entry is not a valid ID");
    assertRefused("PersonIdentity", tooManyKeys(), "at most 100,000 are accepted per request");
    assertRefused("Person", "821", "Unknown object \"Person\"");
    assertRefused("personidentity", "821", "Unknown object \"personidentity\"");
    assertRefused("PersonIdentity", "1,".repeat(5 * 1024 * 1024), "characters long");
    assertThatThrownBy(() -> sync.submit("PersonIdentity", 4242, "821", false, "it"))
        .hasMessage("District 4242 does not exist.");

    assertThat(history.count(null)).isEqualTo(before);
  }

  private void assertRefused(String object, String keys, String message) {
    assertThatThrownBy(() -> sync.submit(object, DISTRICT, keys, false, "it"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(message);
  }

  private static String tooManyKeys() {
    return LongStream.rangeClosed(1, 100_001)
        .mapToObj(Long::toString)
        .collect(Collectors.joining(" "));
  }

  private SyncRequest run(String object, String keys) throws InterruptedException {
    SyncRequest request = sync.submit(object, DISTRICT, keys, false, "it");
    return fixture.awaitEnd(request.getId(), WAIT);
  }

  private List<org.assertj.core.groups.Tuple> outcomes(SyncRequest request) {
    return history.results(request.getId(), null, 0, 1_000).stream()
        .map(r -> tuple(r.getKey(), r.getOutcome()))
        .toList();
  }

  private static String keys(long... keys) {
    return LongStream.of(keys).mapToObj(Long::toString).collect(Collectors.joining(", "));
  }

  private static String join(List<Long> keys) {
    return keys.stream().map(String::valueOf).collect(Collectors.joining("\n"));
  }
}
