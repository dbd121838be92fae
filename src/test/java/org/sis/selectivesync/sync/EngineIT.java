package org.sis.selectivesync.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sis.selectivesync.testsupport.SyncFixture.DISTRICT;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sis.selectivesync.history.HistoryRecords;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.Deployments;
import org.sis.selectivesync.testsupport.SyncFixture;

/** The sync engine in the container: outcomes, dependencies, reruns, concurrency, bad input. */
@ExtendWith(ArquillianExtension.class)
class EngineIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private static final String STATE_ADMIN = ApiClient.basic("state.admin", "StateAdmin1!");

  @Inject private SyncRequests sync;

  @Inject private HistoryRecords history;

  @Inject private SyncFixture fixture;

  @Inject private SyncChunk syncChunk;

  @Inject private RequestStore requests;

  @ArquillianResource private URL base;

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
  void bodiesThatAreNotAJsonObjectAndUnknownRequestsAnswerJsonErrors() throws Exception {
    ApiClient api = new ApiClient(root(), STATE_ADMIN);

    for (String body : new String[] {"not json", "[]", "{\"object\":"}) {
      HttpResponse<String> refused = api.send("POST", "api/sync-requests", body);
      assertThat(refused.statusCode()).as(body).isEqualTo(400);
      assertThat(refused.body()).contains("is not the JSON object this call takes");
    }
    HttpResponse<String> unknown = api.send("GET", "api/sync-requests/99999999", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(((JsonObject) ApiClient.parse(unknown.body())).getString("error"))
        .isEqualTo("Sync request 99999999 does not exist.");
    HttpResponse<String> notANumber = api.send("GET", "api/sync-requests/abc", null);
    assertThat(notANumber.statusCode()).isEqualTo(400);
    assertThat(ApiClient.parse(notANumber.body())).isInstanceOf(JsonObject.class);
  }

  @Test
  void aChunkReplayedAfterItsResultsWereStoredKeepsOneResultPerKey() throws Exception {
    long missing = fixture.person("Replayed", 2);
    SyncRequest done = run("PersonIdentity", keys(missing, 1));
    List<org.assertj.core.groups.Tuple> stored = outcomes(done);

    syncChunk.sync(done, requests.keysAfter(done.getId(), -1, 1_000));

    assertThat(outcomes(done)).isEqualTo(stored);
    assertThat(requests.find(done.getId()).orElseThrow().getProcessed()).isEqualTo(2);
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

  @Test
  @RunAsClient
  void restApiQueuesFollowsAndRefusesRequests() throws Exception {
    ApiClient api = new ApiClient(root(), STATE_ADMIN);

    HttpResponse<String> accepted =
        api.send(
            "POST",
            "api/sync-requests",
            "{\"object\":\"PersonIdentity\",\"districtId\":255903,"
                + "\"keys\":[255903000821,\"255903000822\",1]}");
    assertThat(accepted.statusCode()).isEqualTo(202);
    long id = ((JsonObject) ApiClient.parse(accepted.body())).getJsonNumber("id").longValue();
    assertThat(accepted.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/api/sync-requests/" + id));

    JsonObject ended = api.awaitEnd(id, WAIT);
    assertThat(ended.getString("object")).isEqualTo("PersonIdentity");
    assertThat(ended.getInt("total")).isEqualTo(3);
    assertThat(ended.getJsonObject("counts").getInt("NOT_FOUND")).isEqualTo(1);
    JsonArray notFound =
        (JsonArray) api.get("api/sync-requests/" + id + "/results?outcome=NOT_FOUND");
    assertThat(notFound).hasSize(1);
    assertThat(notFound.getJsonObject(0).getJsonNumber("key").longValue()).isEqualTo(1);
    JsonArray newestFirst = (JsonArray) api.get("api/sync-requests?districtId=255903&size=1");
    assertThat(newestFirst.getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);

    int before = ((JsonArray) api.get("api/sync-requests?size=1000")).size();
    HttpResponse<String> refused =
        api.send(
            "POST",
            "api/sync-requests",
            "{\"object\":\"Enrollment\",\"districtId\":255903,\"keys\":\"7, 12a, -5\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonObject error = (JsonObject) ApiClient.parse(refused.body());
    assertThat(error.getString("error")).contains("2 entries are not valid IDs");
    assertThat(error.getJsonArray("invalidKeys").getValuesAs(JsonString::getString))
        .containsExactly("12a", "-5");
    assertThat(
            api.send(
                    "POST",
                    "api/sync-requests",
                    "{\"object\":\"Student\",\"districtId\":255903,\"keys\":\"7\"}")
                .statusCode())
        .isEqualTo(400);
    String tooManyEntries = "[" + "1,".repeat(200_000) + "1]";
    String tooLarge = "\"" + "1 ".repeat(4_530_000) + "\"";
    Map<String, String> refusals =
        Map.of(
            "\"hello\"",
            "found string",
            "null",
            "found null",
            "{\"object\":\"PersonIdentity\",\"keys\":\"7\"}",
            "Choose the district",
            "{\"object\":\"PersonIdentity\",\"districtId\":99999999999999999999,\"keys\":\"7\"}",
            "whole number",
            "{\"object\":\"PersonIdentity\",\"districtId\":255903,\"keys\":\"7\","
                + "\"checkDependencies\":\"yes\"}",
            "checkDependencies must be true or false",
            "{\"object\":\"PersonIdentity\",\"districtId\":255903,\"keys\":" + tooManyEntries + "}",
            "more than 200,000 entries",
            "{\"object\":\"PersonIdentity\",\"districtId\":255903,\"keys\":" + tooLarge + "}",
            "larger than");
    for (Map.Entry<String, String> refusal : refusals.entrySet()) {
      HttpResponse<String> answer = api.send("POST", "api/sync-requests", refusal.getKey());
      String shown = refusal.getKey().substring(0, Math.min(80, refusal.getKey().length()));
      assertThat(answer.statusCode()).as(shown).isEqualTo(400);
      assertThat(((JsonObject) ApiClient.parse(answer.body())).getString("error"))
          .as(shown)
          .contains(refusal.getValue());
    }
    for (String address :
        List.of("api/sync-requests/abc", "api/sync-requests/" + id + "/results?outcome=BOGUS")) {
      HttpResponse<String> answer = api.send("GET", address, null);
      assertThat(answer.statusCode()).as(address).isEqualTo(400);
      assertThat(answer.body()).as(address).contains("not valid");
    }
    assertThat(((JsonArray) api.get("api/sync-requests?size=1000")).size()).isEqualTo(before);
    assertThat(api.send("GET", "api/sync-requests/987654321", null).statusCode()).isEqualTo(404);
    HttpResponse<String> notAllowed = api.send("PUT", "api/sync-requests/" + id, "{}");
    assertThat(notAllowed.statusCode()).isEqualTo(405);
    assertThat(notAllowed.headers().firstValue("Allow")).isPresent();
    assertThat(((JsonObject) ApiClient.parse(notAllowed.body())).getString("error")).isNotBlank();
  }

  @Test
  @RunAsClient
  void rightsAndDistrictScopeGuardEverySyncCall() throws Exception {
    String root = root();
    ApiClient state = new ApiClient(root, STATE_ADMIN);
    ApiClient bearCreek = new ApiClient(root, ApiClient.basic("bearcreek.admin", "BearCreek1!"));
    ApiClient lakeside = new ApiClient(root, ApiClient.basic("lakeside.admin", "Lakeside1!"));
    ApiClient viewer = new ApiClient(root, ApiClient.basic("viewer", "Viewer1!"));
    ApiClient rightsAdmin = new ApiClient(root, ApiClient.basic("rights.admin", "Rights1!"));
    ApiClient anonymous = new ApiClient(root, null);
    String bearCreekKeys = "{\"object\":\"PersonIdentity\",\"districtId\":255903,\"keys\":\"1\"}";
    String lakesideKeys = "{\"object\":\"PersonIdentity\",\"districtId\":255902,\"keys\":\"1\"}";

    assertThat(status(bearCreek.send("POST", "api/sync-requests", lakesideKeys))).isEqualTo(403);
    assertThat(status(lakeside.send("POST", "api/sync-requests", bearCreekKeys))).isEqualTo(403);
    assertThat(status(viewer.send("POST", "api/sync-requests", bearCreekKeys))).isEqualTo(403);
    assertThat(status(rightsAdmin.send("POST", "api/sync-requests", bearCreekKeys))).isEqualTo(403);
    assertThat(status(anonymous.send("POST", "api/sync-requests", bearCreekKeys))).isEqualTo(401);
    long bearCreekRequest = bearCreek.submit(bearCreekKeys);
    long lakesideRequest = state.submit(lakesideKeys);
    bearCreek.awaitEnd(bearCreekRequest, WAIT);
    state.awaitEnd(lakesideRequest, WAIT);

    String own = "api/sync-requests/" + bearCreekRequest;
    assertThat(status(bearCreek.send("GET", own, null))).isEqualTo(200);
    assertThat(status(bearCreek.send("GET", own + "/results", null))).isEqualTo(200);
    assertThat(status(viewer.send("GET", own, null))).isEqualTo(200);
    assertThat(status(lakeside.send("GET", own, null))).isEqualTo(403);
    assertThat(status(lakeside.send("GET", own + "/results", null))).isEqualTo(403);
    assertThat(status(rightsAdmin.send("GET", own, null))).isEqualTo(403);
    assertThat(status(lakeside.send("GET", "api/sync-requests?districtId=255903", null)))
        .isEqualTo(403);
    JsonArray seenByBearCreek = (JsonArray) bearCreek.get("api/sync-requests?size=1000");
    assertThat(seenByBearCreek.getValuesAs(JsonObject.class))
        .extracting(r -> r.getInt("districtId"))
        .containsOnly(255903);

    assertThat(status(viewer.send("DELETE", "api/sync-requests", null))).isEqualTo(403);
    assertThat(status(bearCreek.send("DELETE", "api/sync-requests", null))).isEqualTo(200);
    assertThat(status(bearCreek.send("GET", own, null))).isEqualTo(404);
    assertThat(status(state.send("GET", "api/sync-requests/" + lakesideRequest, null)))
        .isEqualTo(200);
  }

  private String root() {
    String url = base.toString();
    return url.endsWith("/") ? url : url + "/";
  }

  private static int status(HttpResponse<String> response) {
    return response.statusCode();
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
