package org.sis.selectivesync.verify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.Browser;
import org.sis.selectivesync.testsupport.Deployments;

/**
 * The Verification Summary on the demo data through the REST API and the page: each set holds the
 * documented drift, differing fields show both values, verify → send → re-verify ends without
 * differences, rights and bad input are refused. Each test uses its own district and object (or
 * fixture keys), so the syncs of one do not change what another expects.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationIT {

  private static final Logger LOG = Logger.getLogger(VerificationIT.class.getName());

  private static final Duration WAIT = Duration.ofSeconds(120);

  private static final int BEAR_CREEK = 255903;
  private static final int LAKESIDE = 255902;

  private static final String STATE_ADMIN = ApiClient.basic("state.admin", "StateAdmin1!");

  @ArquillianResource private URL base;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(VerificationIT.class);
  }

  @Test
  void personIdentitySetsHoldTheDemoDriftWithBothValuesOfEachDifference() throws Exception {
    ApiClient api = api(STATE_ADMIN);

    JsonObject run = verify(api, LAKESIDE, "PersonIdentity");
    JsonObject counts = run.getJsonObject("counts");
    long id = run.getJsonNumber("id").longValue();

    List<Long> different = keys(api, id, "DIFFERENT");
    List<Long> missing = keys(api, id, "MISSING_AT_STATE");
    assertThat(different).isNotEmpty().allMatch(key -> Set.of(2L, 4L, 5L).contains(key % 20));
    assertThat(missing).isNotEmpty().allMatch(key -> key % 20 == 3);
    assertThat(keys(api, id, "ONLY_AT_STATE")).isEmpty();
    assertThat(different).contains(255902000825L);
    assertThat(counts.getJsonNumber("districtRecords").longValue())
        .isEqualTo(counts.getJsonNumber("matched").longValue() + different.size() + missing.size());

    JsonObject birthDate = line(api, id, "DIFFERENT", 255902000825L);
    JsonObject difference = single(birthDate.getJsonArray("differences"), "birthDate");
    assertThat(LocalDate.parse(difference.getString("stateValue")))
        .isEqualTo(LocalDate.parse(difference.getString("districtValue")).plusDays(3));
    assertThat(birthDate.getString("description")).isNotBlank();

    long renamed = different.stream().filter(key -> key % 20 == 2).findFirst().orElseThrow();
    JsonObject lastName =
        single(line(api, id, "DIFFERENT", renamed).getJsonArray("differences"), "lastName");
    assertThat(lastName.getString("districtValue")).startsWith(lastName.getString("stateValue"));

    long extraRow = different.stream().filter(key -> key % 20 == 4).findFirst().orElseThrow();
    JsonObject extra =
        single(line(api, id, "DIFFERENT", extraRow).getJsonArray("differences"), "identityRow");
    assertThat(extra.getJsonNumber("row").longValue()).isEqualTo(extraRow * 100 + 99);
    assertThat(extra.getOrDefault("districtValue", JsonValue.NULL)).isEqualTo(JsonValue.NULL);
    assertThat(extra.getString("stateValue")).contains("-Old");
  }

  @Test
  void enrollmentCalendarAndSchoolSetsHoldTheDemoDrift() throws Exception {
    ApiClient api = api(STATE_ADMIN);

    long enrollments = verify(api, BEAR_CREEK, "Enrollment").getJsonNumber("id").longValue();
    assertThat(keys(api, enrollments, "DIFFERENT")).contains(50425597932794L, 905363363955294L);
    assertThat(keys(api, enrollments, "MISSING_AT_STATE"))
        .contains(265789235997338L, 704385115314657L, 377000717439904L);
    assertThat(keys(api, enrollments, "ONLY_AT_STATE")).isEmpty();
    assertThat(allSets(api, enrollments)).doesNotContain(339810035870787L, 259736715201421L);
    JsonObject grade =
        single(
            line(api, enrollments, "DIFFERENT", 50425597932794L).getJsonArray("differences"),
            "grade");
    assertThat(grade.getString("districtValue")).isEqualTo("03");
    assertThat(grade.getString("stateValue")).isEqualTo("04");

    long calendars = verify(api, BEAR_CREEK, "Calendar").getJsonNumber("id").longValue();
    assertThat(keys(api, calendars, "MISSING_AT_STATE")).containsExactly(90304422L);
    JsonObject schools = verify(api, LAKESIDE, "School");
    assertThat(schools.getJsonObject("counts").getJsonNumber("matched").longValue())
        .isEqualTo(schools.getJsonObject("counts").getJsonNumber("districtRecords").longValue());
    assertThat(allSets(api, schools.getJsonNumber("id").longValue())).isEmpty();
  }

  @Test
  void sendingDifferentAndMissingPersonsToSyncLeavesNoneOfThemOnReverify() throws Exception {
    ApiClient api = api(STATE_ADMIN);
    long first = verify(api, BEAR_CREEK, "PersonIdentity").getJsonNumber("id").longValue();
    List<Long> sent = new ArrayList<>(keys(api, first, "DIFFERENT"));
    sent.addAll(keys(api, first, "MISSING_AT_STATE"));
    assertThat(sent).contains(255903000822L, 255903000823L, 255903000824L, 255903000845L);

    for (String set : List.of("DIFFERENT", "MISSING_AT_STATE")) {
      HttpResponse<String> accepted =
          api.send(
              "POST", "api/verifications/" + first + "/sync-requests", "{\"set\":\"" + set + "\"}");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
      long request =
          ((JsonObject) ApiClient.parse(accepted.body())).getJsonNumber("requestId").longValue();
      assertThat(api.awaitEnd(request, WAIT).getString("status")).isEqualTo("COMPLETE");
    }

    long second = verify(api, BEAR_CREEK, "PersonIdentity").getJsonNumber("id").longValue();
    assertThat(allSets(api, second)).doesNotContainAnyElementsOf(sent);
    assertThat(keys(api, second, "DIFFERENT")).isEmpty();
    assertThat(keys(api, second, "MISSING_AT_STATE")).isEmpty();
  }

  @Test
  void aViewerReadsButMayNotReverifyOrExportAndADistrictUserStaysInTheirDistrict()
      throws Exception {
    ApiClient state = api(STATE_ADMIN);
    ApiClient viewer = api(ApiClient.basic("viewer", "Viewer1!"));
    ApiClient bearCreek = api(ApiClient.basic("bearcreek.admin", "BearCreek1!"));
    long lakesideRun = verify(state, LAKESIDE, "Calendar").getJsonNumber("id").longValue();

    assertThat(viewer.send("GET", "api/verifications/" + lakesideRun, null).statusCode())
        .isEqualTo(200);
    assertThat(status(viewer, "POST", "api/verifications", start(LAKESIDE, "Calendar")))
        .isEqualTo(403);
    assertThat(status(viewer, "GET", "api/verifications/" + lakesideRun + "/report?format=csv"))
        .isEqualTo(403);
    assertThat(status(bearCreek, "POST", "api/verifications", start(LAKESIDE, "Calendar")))
        .isEqualTo(403);
    assertThat(status(bearCreek, "GET", "api/verifications/" + lakesideRun)).isEqualTo(403);
    assertThat(status(bearCreek, "POST", "api/verifications", start(BEAR_CREEK, "School")))
        .isEqualTo(202);
  }

  @Test
  void badObjectDistrictSetOrSendAreRefusedNamingWhatIsWrong() throws Exception {
    ApiClient api = api(STATE_ADMIN);
    long calendars = verify(api, BEAR_CREEK, "Calendar").getJsonNumber("id").longValue();

    assertRefused(api, "POST", "api/verifications", start(BEAR_CREEK, "Student"), "\"Student\"");
    assertRefused(api, "POST", "api/verifications", start(4242, "School"), "District 4242");
    assertRefused(
        api, "POST", "api/verifications", "{\"districtId\":\"x\",\"object\":\"School\"}", "\"x\"");
    assertRefused(
        api, "GET", "api/verifications/" + calendars + "/keys?set=EVERYTHING", null, "EVERYTHING");
    assertRefused(
        api,
        "POST",
        "api/verifications/" + calendars + "/sync-requests",
        "{\"set\":\"MISSING_AT_STATE\"}",
        "Check dependencies");
    assertRefused(
        api, "POST", "api/verifications/" + calendars + "/sync-requests", "[1, 2]", "array");
    assertRefused(
        api, "GET", "api/verifications/" + calendars + "/report?format=doc", null, "\"doc\"");
    assertThat(status(api, "GET", "api/verifications/987654321")).isEqualTo(404);
  }

  @Test
  void theReportListsTheSummaryAndEachSetInEveryFormat() throws Exception {
    ApiClient api = api(STATE_ADMIN);
    long calendars = verify(api, BEAR_CREEK, "Calendar").getJsonNumber("id").longValue();

    HttpResponse<String> csv =
        api.send("GET", "api/verifications/" + calendars + "/report?format=csv", null);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("Verification Summary", "Missing at the state", "90304422");
    for (String format : List.of("xlsx", "pdf")) {
      HttpResponse<String> file =
          api.send("GET", "api/verifications/" + calendars + "/report?format=" + format, null);
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("verification-" + calendars + "-Calendar." + format);
    }
  }

  @Test
  void timesEachObjectOfTheDemo() throws Exception {
    ApiClient api = api(STATE_ADMIN);
    for (int district : List.of(BEAR_CREEK, LAKESIDE)) {
      for (String object : List.of("School", "Calendar", "PersonIdentity", "Enrollment")) {
        JsonObject run = verify(api, district, object);
        Duration took =
            Duration.between(
                Instant.parse(run.getString("startedAt")),
                Instant.parse(run.getString("finishedAt")));
        LOG.log(
            Level.INFO,
            "Verified {0} of district {1,number,#}: {2} + {3} records in {4} ms",
            new Object[] {
              object,
              district,
              run.getJsonObject("counts").getJsonNumber("districtRecords"),
              run.getJsonObject("counts").getJsonNumber("stateRecords"),
              took.toMillis()
            });
        assertThat(run.getString("status")).isEqualTo("COMPLETE");
      }
    }
  }

  @Test
  void thePageReverifiesShowsProgressSetsAndDifferencesAndSendsSelectedRecords() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("lakeside.admin", "Lakeside1!");
      browser.go("verification.xhtml");
      assertThat(browser.find(By.id("verify:districtName")).getText()).contains("255902");
      pick(browser, "verify:object", "Enrollment");
      browser.screenshot("verification-before");

      browser.find(By.id("verify:reverify")).click();
      browser.awaitAjax();
      browser.screenshot("verification-progress");
      browser.await(page -> page.findElements(By.id("verify:countDistrict")).size() == 1);
      browser.awaitAjax();
      assertThat(browser.find(By.id("verify:shown")).getText())
          .contains("computed")
          .contains("lakeside.admin");
      assertThat(Long.parseLong(browser.find(By.id("verify:countDifferent")).getText()))
          .isPositive();
      WebElement firstRow =
          browser.find(By.cssSelector("[id='verify:sets:different:keys_data'] tr"));
      assertThat(firstRow.getText()).contains("\u2192");
      browser.screenshot("verification-results");

      firstRow.findElement(By.cssSelector(".ui-chkbox-box")).click();
      browser.awaitAjax();
      browser.find(By.id("verify:sets:different:sendSelected")).click();
      browser.awaitAjax();
      assertThat(browser.find(By.id("messages")).getText())
          .containsPattern("Sync request \\d+ queued with 1 key");
      assertThat(browser.find(By.id("verify:openSync")).getAttribute("href"))
          .contains("sync.xhtml");
      ((JavascriptExecutor) browser.driver()).executeScript("window.scrollTo(0, 0);");
      browser.screenshot("verification-sent");
    }
  }

  @Test
  void aViewerSeesThePageWithoutReverifyAndAStateUserPicksTheDistrict() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("viewer", "Viewer1!");
      browser.go("verification.xhtml");
      assertThat(browser.find(By.id("verify:reverify")).isEnabled()).isFalse();
      assertThat(browser.find(By.id("verify:district_label")).getText()).isNotBlank();
      browser.screenshot("verification-viewer");
    }
  }

  /**
   * Picks an entry of a PrimeFaces select menu through its widget (a click on an entry while the
   * panel still slides open is sometimes lost) and waits until the page has taken it.
   */
  private static void pick(Browser browser, String menuId, String value) {
    browser.awaitAjax();
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
    browser.await(page -> page.findElement(By.id(menuId + "_label")).getText().equals(value));
    browser.awaitAjax();
  }

  private ApiClient api(String authorization) {
    String url = base.toString();
    return new ApiClient(url.endsWith("/") ? url : url + "/", authorization);
  }

  /** Starts a run and waits for it to end COMPLETE; returns its status JSON. */
  private static JsonObject verify(ApiClient api, int district, String object) throws Exception {
    HttpResponse<String> accepted = api.send("POST", "api/verifications", start(district, object));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    long id = ((JsonObject) ApiClient.parse(accepted.body())).getJsonNumber("id").longValue();
    assertThat(accepted.headers().firstValue("Location").orElseThrow())
        .endsWith("/api/verifications/" + id);
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject run = (JsonObject) api.get("api/verifications/" + id);
      if (!Set.of("QUEUED", "RUNNING").contains(run.getString("status"))) {
        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETE");
        return run;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Verification run " + id + " did not end within " + WAIT);
  }

  private static String start(int district, String object) {
    return "{\"districtId\":" + district + ",\"object\":\"" + object + "\"}";
  }

  /** Every key of a set, read page by page. */
  private static List<Long> keys(ApiClient api, long run, String set) throws Exception {
    List<Long> keys = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonArray lines =
          (JsonArray)
              api.get("api/verifications/" + run + "/keys?set=" + set + "&size=500&page=" + page);
      lines.forEach(line -> keys.add(((JsonObject) line).getJsonNumber("key").longValue()));
      if (lines.size() < 500) {
        return keys;
      }
    }
  }

  private static Set<Long> allSets(ApiClient api, long run) throws Exception {
    Set<Long> all = new HashSet<>();
    for (String set : List.of("DIFFERENT", "MISSING_AT_STATE", "ONLY_AT_STATE")) {
      all.addAll(keys(api, run, set));
    }
    return all;
  }

  /** The line of a key in a set, searched page by page. */
  private static JsonObject line(ApiClient api, long run, String set, long key) throws Exception {
    for (int page = 0; ; page++) {
      JsonArray lines =
          (JsonArray)
              api.get("api/verifications/" + run + "/keys?set=" + set + "&size=500&page=" + page);
      for (JsonValue line : lines) {
        if (((JsonObject) line).getJsonNumber("key").longValue() == key) {
          return (JsonObject) line;
        }
      }
      if (lines.size() < 500) {
        throw new AssertionError("Key " + key + " is not in " + set + " of run " + run);
      }
    }
  }

  private static JsonObject single(JsonArray differences, String field) {
    List<JsonObject> matching =
        differences.stream()
            .map(JsonObject.class::cast)
            .filter(d -> d.getString("field").equals(field))
            .collect(Collectors.toList());
    assertThat(matching).as(differences.toString()).hasSize(1);
    return matching.get(0);
  }

  private static int status(ApiClient api, String method, String path) throws Exception {
    return api.send(method, path, null).statusCode();
  }

  private static int status(ApiClient api, String method, String path, String json)
      throws Exception {
    return api.send(method, path, json).statusCode();
  }

  private static void assertRefused(
      ApiClient api, String method, String path, String json, String named) throws Exception {
    HttpResponse<String> refused = api.send(method, path, json);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(((JsonObject) ApiClient.parse(refused.body())).getString("error")).contains(named);
  }
}
