package org.sis.selectivesync.resync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.Browser;
import org.sis.selectivesync.testsupport.Deployments;

/**
 * Resync State Data (Batch) on the demo data: through the REST API with HTTP Basic, and the page in
 * a real browser. Bear Creek's calendar 90304422 is missing at the state (docs/demo-data.md); the
 * Lakeside school 255902044 is excluded from state reporting, so resyncing its enrollments changes
 * nothing and serves the throttle test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchResyncIT {

  private static final Duration WAIT = Duration.ofSeconds(120);

  private static final String MISSING_CALENDAR =
      "\"object\":\"Enrollment\",\"districtId\":255903,\"calendarId\":90304422";

  @ArquillianResource private URL base;

  @Test
  void enrollmentsOfACalendarMissingAtTheStateFailWithoutCheckDependenciesAndSyncWithIt()
      throws Exception {
    ApiClient api = stateAdmin();
    long count = count(api, "object=Enrollment&districtId=255903&calendarId=90304422");
    assertThat(count).isGreaterThan(100);

    JsonObject without = run(api, "{" + MISSING_CALENDAR + ",\"checkDependencies\":false}");

    assertThat(without.getString("kind")).isEqualTo("BATCH");
    assertThat(without.getString("scope")).isEqualTo("Calendar 90304422");
    assertThat(without.getInt("total")).isEqualTo(count);
    assertThat(without.getInt("processed")).isEqualTo(count);
    assertThat(counts(without).getInt("SYNCED")).isZero();
    assertThat(counts(without).getInt("FAILED")).isPositive();
    JsonArray failed = (JsonArray) api.get(results(without, "FAILED"));
    assertThat(failed.getValuesAs(JsonObject.class))
        .anySatisfy(
            result -> {
              assertThat(result.getString("parentObject")).isEqualTo("Calendar");
              assertThat(result.getJsonNumber("parentKey").longValue()).isEqualTo(90304422L);
            });

    JsonObject with = run(api, "{" + MISSING_CALENDAR + ",\"checkDependencies\":true}");

    assertThat(with.getString("status")).isEqualTo("COMPLETE");
    assertThat(with.getInt("total")).isEqualTo(count);
    assertThat(counts(with).getInt("FAILED")).isZero();
    assertThat(counts(with).getInt("SYNCED")).isEqualTo(counts(without).getInt("FAILED"));

    JsonObject again = run(api, "{" + MISSING_CALENDAR + ",\"checkDependencies\":true}");

    assertThat(counts(again).getInt("SYNCED")).as("the state now equals the district").isZero();
    assertThat(counts(again).getInt("FAILED")).isZero();
    assertThat(counts(again).getInt("UNCHANGED")).isEqualTo(counts(with).getInt("SYNCED"));
  }

  @Test
  void aThrottledResyncHoldsItsRateWithinTenPercent() throws Exception {
    ApiClient api = stateAdmin();
    String scope = "\"object\":\"Enrollment\",\"districtId\":255902,\"schoolId\":255902044";
    long count = count(api, "object=Enrollment&districtId=255902&schoolId=255902044");
    assertThat(count).isBetween(150L, 400L);

    long id = submit(api, "{" + scope + ",\"maxRecordsPerSecond\":40}");
    List<Double> ratesWhileRunning = new ArrayList<>();
    JsonObject status = (JsonObject) api.get("api/sync-requests/" + id);
    while (List.of("QUEUED", "RUNNING").contains(status.getString("status"))) {
      if (status.getInt("processed") > 0) {
        assertThat(status.containsKey("rate")).as(status.toString()).isTrue();
        ratesWhileRunning.add(status.getJsonNumber("rate").doubleValue());
      }
      Thread.sleep(250);
      status = (JsonObject) api.get("api/sync-requests/" + id);
    }

    assertThat(status.getInt("maxRecordsPerSecond")).isEqualTo(40);
    assertThat(status.getInt("processed")).isEqualTo(count);
    double seconds =
        Duration.between(
                    Instant.parse(status.getString("startedAt")),
                    Instant.parse(status.getString("finishedAt")))
                .toMillis()
            / 1000.0;
    assertThat(count / seconds).isBetween(36.0, 44.0);
    assertThat(status.getJsonNumber("rate").doubleValue()).isBetween(36.0, 44.0);
    assertThat(ratesWhileRunning).isNotEmpty().allSatisfy(rate -> assertThat(rate).isLessThan(44));
  }

  @Test
  void resyncsQueuedOneAfterAnotherEachRunToTheEnd() throws Exception {
    ApiClient api = stateAdmin();
    String body = "{\"object\":\"Enrollment\",\"districtId\":255902,\"schoolId\":255902044}";

    for (int run = 0; run < 8; run++) {
      JsonObject ended = run(api, body);

      assertThat(ended.getString("status")).as(ended.toString()).isEqualTo("COMPLETE");
      assertThat(ended.getInt("processed")).isEqualTo(ended.getInt("total"));
    }
  }

  @Test
  void onlyUsersWithTheRightReachTheirOwnDistrict() throws Exception {
    String root = root();
    ApiClient bearCreek = new ApiClient(root, ApiClient.basic("bearcreek.admin", "BearCreek1!"));
    ApiClient lakeside = new ApiClient(root, ApiClient.basic("lakeside.admin", "Lakeside1!"));
    ApiClient viewer = new ApiClient(root, ApiClient.basic("viewer", "Viewer1!"));
    ApiClient rightsAdmin = new ApiClient(root, ApiClient.basic("rights.admin", "Rights1!"));
    ApiClient anonymous = new ApiClient(root, null);
    String bearCreekCount = "api/batch-resyncs/count?object=Enrollment&districtId=255903";
    String bearCreekBody = "{\"object\":\"Enrollment\",\"districtId\":255903}";
    int before = historySize();

    assertThat(bearCreek.send("GET", bearCreekCount, null).statusCode()).isEqualTo(200);
    assertThat(lakeside.send("GET", bearCreekCount, null).statusCode()).isEqualTo(403);
    assertThat(viewer.send("GET", bearCreekCount, null).statusCode()).isEqualTo(403);
    assertThat(rightsAdmin.send("GET", bearCreekCount, null).statusCode()).isEqualTo(403);
    assertThat(post(lakeside, bearCreekBody).statusCode()).isEqualTo(403);
    assertThat(post(viewer, bearCreekBody).statusCode()).isEqualTo(403);
    assertThat(post(rightsAdmin, bearCreekBody).statusCode()).isEqualTo(403);
    assertThat(post(anonymous, bearCreekBody).statusCode()).isEqualTo(401);

    assertThat(historySize()).isEqualTo(before);
  }

  @Test
  void badInputIsRefusedNamingWhatIsWrongAndQueuesNothing() throws Exception {
    ApiClient api = stateAdmin();
    int before = historySize();

    assertRefused(
        api, "{\"object\":\"Student\",\"districtId\":255903}", "Unknown object \"Student\"");
    assertRefused(api, "{\"districtId\":255903}", "Choose an object");
    assertRefused(api, "{\"object\":\"Enrollment\",\"districtId\":4242}", "District 4242");
    assertRefused(
        api,
        "{\"object\":\"Enrollment\",\"districtId\":255903,\"schoolId\":255902044}",
        "School 255902044 is not a school of district 255903");
    assertRefused(
        api,
        "{\"object\":\"Enrollment\",\"districtId\":255903,\"calendarId\":12345}",
        "Calendar 12345 is not a calendar of district 255903");
    assertRefused(
        api,
        "{\"object\":\"Enrollment\",\"districtId\":255903,\"maxRecordsPerSecond\":-5}",
        "found -5");
    assertRefused(
        api,
        "{\"object\":\"Enrollment\",\"districtId\":255903,\"schoolId\":\"abc\"}",
        "schoolId must be a whole number");
    assertRefused(
        api,
        "{\"object\":\"Enrollment\",\"districtId\":255903,\"schoolYear\":1999}",
        "There is no Enrollment record in the scope 1998-1999");
    HttpResponse<String> badCount =
        api.send(
            "GET",
            "api/batch-resyncs/count?object=Enrollment&districtId=255903&calendarId=x",
            null);
    assertThat(badCount.statusCode()).isEqualTo(400);
    assertThat(badCount.body()).contains("calendarId");

    assertThat(historySize()).isEqualTo(before);
  }

  @Test
  void thePageCountsAsksForConfirmationAndFollowsTheResync() throws Exception {
    ApiClient bearCreek = new ApiClient(root(), ApiClient.basic("bearcreek.admin", "BearCreek1!"));
    long count = count(bearCreek, "object=PersonIdentity&districtId=255903");
    String shown = String.format(Locale.ENGLISH, "%,d", count);

    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("resync.xhtml").awaitAjax();
      assertThat(browser.find(By.id("resync:district")).getText()).contains("Bear Creek");
      browser.find(By.xpath("//label[contains(., 'PersonIdentity (')]")).click();
      browser.awaitAjax();
      WebElement throttle = browser.find(By.id("resync:throttle_input"));
      throttle.sendKeys(Keys.chord(Keys.CONTROL, "a"), "300");
      browser.screenshot("resync-scope");

      browser.find(By.id("resync:send")).click();
      browser.awaitAjax();
      WebElement dialog = browser.find(By.id("resync:confirm"));
      assertThat(dialog.getText()).contains(shown + " PersonIdentity records");
      assertThat(browser.find(By.id("resync:count")).getText()).startsWith(shown);
      browser.screenshot("resync-confirm");

      browser.find(By.id("resync:confirmYes")).click();
      String sending =
          browser.await(page -> progressMatching(page, "(?s)Sending [1-9].*|.*ended.*"));
      assertThat(sending).contains(" of " + shown);
      browser.screenshot("resync-progress");

      String done = browser.await(page -> progressMatching(page, "(?s).*ended.*"));
      assertThat(done).contains("ended COMPLETE", shown + " of " + shown + " sent");
      String link = browser.find(By.id("resync:history")).getAttribute("href");
      assertThat(link).contains("sync.xhtml?request=");
      assertThat(browser.find(By.id("resync:send")).isEnabled()).isTrue();
      browser.screenshot("resync-complete");

      long id = Long.parseLong(link.substring(link.indexOf("request=") + "request=".length()));
      JsonObject request = (JsonObject) bearCreek.get("api/sync-requests/" + id);
      assertThat(request.getInt("total")).isEqualTo(count);
      assertThat(request.getString("scope")).isEqualTo("All records");
      assertThat(request.getString("object")).isEqualTo("PersonIdentity");
    }
  }

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(BatchResyncIT.class);
  }

  private ApiClient stateAdmin() {
    return new ApiClient(root(), ApiClient.basic("state.admin", "StateAdmin1!"));
  }

  private static long count(ApiClient api, String query) throws Exception {
    return ((JsonObject) api.get("api/batch-resyncs/count?" + query))
        .getJsonNumber("count")
        .longValue();
  }

  private static HttpResponse<String> post(ApiClient api, String json) throws Exception {
    return api.send("POST", "api/batch-resyncs", json);
  }

  private static long submit(ApiClient api, String json) throws Exception {
    HttpResponse<String> accepted = post(api, json);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonObject body = (JsonObject) ApiClient.parse(accepted.body());
    long id = body.getJsonNumber("id").longValue();
    assertThat(accepted.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/api/sync-requests/" + id));
    return id;
  }

  private static JsonObject run(ApiClient api, String json) throws Exception {
    long id = submit(api, json);
    return api.awaitEnd(id, WAIT);
  }

  private static JsonObject counts(JsonObject request) {
    return request.getJsonObject("counts");
  }

  private static String results(JsonObject request, String outcome) {
    return "api/sync-requests/"
        + request.getJsonNumber("id")
        + "/results?size=1000&outcome="
        + outcome;
  }

  private int historySize() throws Exception {
    return ((JsonArray) stateAdmin().get("api/sync-requests?size=1000")).size();
  }

  private static void assertRefused(ApiClient api, String json, String message) throws Exception {
    HttpResponse<String> refused = post(api, json);
    assertThat(refused.statusCode()).as(json).isEqualTo(400);
    assertThat(((JsonObject) ApiClient.parse(refused.body())).getString("error")).contains(message);
  }

  /** The progress line once it matches, else {@code null}; the poll may replace it meanwhile. */
  private static String progressMatching(WebDriver page, String pattern) {
    try {
      String text = page.findElement(By.id("resync:progressText")).getText();
      return text.matches(pattern) ? text : null;
    } catch (StaleElementReferenceException replaced) {
      return null;
    }
  }

  private String root() {
    String url = base.toString();
    return url.endsWith("/") ? url : url + "/";
  }
}
