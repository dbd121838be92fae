package org.sis.selectivesync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.Browser;
import org.sis.selectivesync.testsupport.Deployments;
import org.sis.selectivesync.testsupport.ReportFiles;

/**
 * The Selective Sync page, the Sync History dialog and a request's details in a real browser, on
 * the bundled Ed-Fi demo data (docs/demo-data.md names the keys and what each shows).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelectiveSyncPageIT {

  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final By KEYS = By.id("sync:keys");
  private static final By SUBMIT = By.id("sync:submit");
  private static final By PROGRESS = By.id("sync:progressText");
  private static final By KEYS_MESSAGE = By.id("sync:keysMessage");
  private static final By DETAILS = By.id("detailsDialog");

  @ArquillianResource private URL base;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(SelectiveSyncPageIT.class);
  }

  @Test
  void theReadmeKeysSyncToCompleteAndASecondSyncFindsTheStateEqual() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml");
      assertThat(browser.find(By.id("sync:districtName")).getText()).contains("255903");
      browser.screenshot("sync-page");

      syncAndAwait(browser, "255903000821 255903000822 255903000823 255903000824 1");
      assertThat(browser.find(PROGRESS).getText())
          .isEqualTo("Complete — 3 synced, 1 unchanged, 1 not found, 0 skipped, 0 failed");
      browser.screenshot("sync-complete");
      browser.zoom(2).screenshot("sync-complete-200-percent");
      browser.zoom(1);

      openDetailsFromProgress(browser);
      assertThat(resultRows(browser))
          .containsExactly(
              "255903000821 Unchanged",
              "255903000822 Synced",
              "255903000823 Synced",
              "255903000824 Synced",
              "1 Not found");
      browser.screenshot("sync-details");
      browser.pressEscape();
      browser.await(page -> !page.findElement(DETAILS).isDisplayed());

      syncAndAwait(browser, "255903000821 255903000822 255903000823 255903000824 1");
      assertThat(browser.find(PROGRESS).getText())
          .isEqualTo("Complete — 0 synced, 4 unchanged, 1 not found, 0 skipped, 0 failed");
    }
  }

  @Test
  void anEnrollmentOfAMissingCalendarFailsUntilCheckDependenciesAndTheReportsSayWhy()
      throws Exception {
    Path downloads = Files.createTempDirectory("keys-reports");
    try (Browser browser = Browser.open(base, downloads)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml");
      chooseEnrollment(browser);
      String keys = "259736715201421 50425597932794 1 339810035870787 704385115314657";

      syncAndAwait(browser, keys);
      assertThat(browser.find(PROGRESS).getText())
          .isEqualTo("Complete — 1 synced, 1 unchanged, 1 not found, 1 skipped, 1 failed");
      openDetailsFromProgress(browser);
      filterDetails(browser, "Failed");
      assertThat(browser.find(By.id("details:results")).getText())
          .contains("704385115314657", "Calendar 90304422");
      browser.screenshot("details-failed");
      browser.pressEscape();
      browser.await(page -> !page.findElement(DETAILS).isDisplayed());

      assertReportsListFailuresFirst(browser, downloads);

      browser.find(By.cssSelector("[id='sync:checkDependencies'] .ui-chkbox-box")).click();
      syncAndAwait(browser, "704385115314657");
      assertThat(browser.find(PROGRESS).getText())
          .isEqualTo("Complete — 1 synced, 0 unchanged, 0 not found, 0 skipped, 0 failed");
    }
  }

  @Test
  void eachBadInputShowsItsMessageOnTheFieldAndQueuesNothing() throws Exception {
    ApiClient api = new ApiClient(base.toString(), ApiClient.basic("viewer", "Viewer1!"));
    int before = history(api).size();
    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml");

      assertRefused(browser, "  \n ", "Enter at least one ID.");
      assertRefused(browser, "821, 12a -5 1.5 0x1F", "4 entries are not valid IDs");
      assertThat(browser.find(KEYS_MESSAGE).getText()).contains("12a, -5, 1.5, 0x1F");
      assertThat(browser.find(By.id("sync:keyCount")).getText()).isEqualTo("1 distinct ID");
      browser.screenshot("sync-bad-tokens");
      assertRefused(browser, "99999999999999999999", "1 entry is not a valid ID");
      String tooMany =
          LongStream.rangeClosed(1, 100_001)
              .mapToObj(Long::toString)
              .collect(Collectors.joining("\n"));
      assertRefused(browser, tooMany, "100,001 distinct IDs; at most 100,000");
      assertRefused(browser, "7 ".repeat(5_000_000), "at most 4,000,000 characters are accepted");
    }
    assertThat(history(api)).hasSize(before);
  }

  @Test
  void aSecondSyncWhileOneRunsStartsOnlyAfterConfirmation() throws Exception {
    ApiClient api = new ApiClient(base.toString(), ApiClient.basic("viewer", "Viewer1!"));
    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml");
      // The most IDs a request takes, so that each request still runs when Sync is pressed again
      // right after it started.
      String manyUnknown =
          LongStream.rangeClosed(1, 100_000)
              .mapToObj(Long::toString)
              .collect(Collectors.joining("\n"));
      browser.paste(KEYS, manyUnknown).awaitAjax();
      browser.find(SUBMIT).click();
      browser.awaitAjax();
      int before = history(api).size();

      browser.find(SUBMIT).click();
      WebElement yes = browser.find(By.id("sync:confirmSecondYes"));
      browser.screenshot("sync-second-confirm");
      yes.click();
      browser.awaitAjax();
      assertThat(history(api)).hasSize(before + 1);

      browser.find(SUBMIT).click();
      browser.find(By.id("sync:confirmSecondNo")).click();
      browser.awaitAjax();
      assertThat(history(api)).hasSize(before + 1);
      browser.await(WAIT, page -> page.findElement(PROGRESS).getText().startsWith("Complete"));
    }
  }

  @Test
  void namesWithMarkupOrAFormulaStayTextOnThePageAndInTheReports() throws Exception {
    ApiClient state =
        new ApiClient(base.toString(), ApiClient.basic("state.admin", "StateAdmin1!"));
    HttpResponse<String> imported =
        state.postFiles(
            "api/edfi-imports?districtId=255901",
            List.of(
                "EducationOrganization.xml", "markup-names-Student.xml", "StudentEnrollment.xml"));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    long id =
        state.submit(
            "{\"object\":\"PersonIdentity\",\"districtId\":255901,"
                + "\"keys\":\"255901000041 255901000042\",\"checkDependencies\":true}");
    state.awaitEnd(id, WAIT);

    try (Browser browser = Browser.open(base)) {
      browser.signIn("state.admin", "StateAdmin1!").go("sync.xhtml?request=" + id);
      String details = browser.find(By.id("details:results")).getText();
      assertThat(details)
          .contains("<b id=\"injected\">Bold</b>, Ana")
          .contains("=HYPERLINK(\"http://example.invalid\",\"x\"), Ben");
      assertThat(browser.driver().findElements(By.id("injected"))).isEmpty();
      browser.screenshot("details-markup-names");
    }

    List<List<String>> csv =
        ReportFiles.csv(state.download("api/sync-requests/" + id + "/report?format=csv").body());
    List<List<String>> xlsx =
        ReportFiles.xlsx(state.download("api/sync-requests/" + id + "/report?format=xlsx").body());
    for (List<List<String>> rows : List.of(csv, xlsx)) {
      assertThat(ReportFiles.keyRows(rows))
          .extracting(row -> row.get(1))
          .anySatisfy(name -> assertThat(name).startsWith("<b id=\"injected\">Bold</b>, Ana"))
          .anySatisfy(name -> assertThat(name).startsWith("'=HYPERLINK("));
    }
  }

  @Test
  void theLiveCountFollowsTypingAndIgnoresDuplicates() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml");
      browser.find(KEYS).sendKeys("821, 822\n821; 823");
      browser.await(page -> page.findElement(By.id("sync:keyCount")).getText().startsWith("3"));
      assertThat(browser.find(By.id("sync:keyCount")).getText()).isEqualTo("3 distinct IDs");
    }
  }

  @Test
  void theIdLookupFindsAPersonByNumberAndByNameAndAddsTheirIds() {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml");
      browser.find(By.id("sync:openLookup")).click();

      browser.type(By.id("lookup:query"), "255903000831").find(By.id("lookup:query"));
      browser.find(By.id("lookup:query")).sendKeys(Keys.ENTER);
      WebElement match = browser.find(By.cssSelector("[id='lookup:matches'] tbody tr"));
      String name = match.findElement(By.cssSelector("td")).getText();
      assertThat(match.getText()).contains("255903000831");
      browser.screenshot("id-lookup");

      browser.type(By.id("lookup:query"), name);
      browser.find(By.id("lookup:find")).click();
      browser.awaitAjax();
      assertThat(browser.find(By.id("lookup:matches")).getText()).contains("255903000831");
      match = browser.find(By.cssSelector("[id='lookup:matches'] tbody tr"));
      assertThat(match.findElements(By.cssSelector("a[id$='addEnrollment']")))
          .as("no enrollmentID to add while the object is PersonIdentity")
          .isEmpty();
      match.findElement(By.cssSelector("a[id$='addPerson']")).click();
      browser.await(page -> page.findElement(By.id("lookup:added")).getText().startsWith("Added"));
      browser.find(By.cssSelector("[id='lookup:matches'] tbody tr a[id$='addPerson']")).click();
      browser.await(page -> page.findElement(By.id("lookup:added")).getText().contains("already"));
      browser.pressEscape();
      assertThat(browser.find(KEYS).getAttribute("value")).isEqualTo("255903000831");

      chooseEnrollment(browser);
      browser.find(By.id("sync:openLookup")).click();
      browser.find(By.id("lookup:find")).click();
      browser.awaitAjax();
      browser.find(By.cssSelector("[id='lookup:matches'] tbody tr a[id$='addEnrollment']")).click();
      browser.await(page -> page.findElement(By.id("lookup:added")).getText().startsWith("Added"));
      browser.pressEscape();

      String keys = browser.find(KEYS).getAttribute("value");
      assertThat(keys.lines().toList()).hasSize(2).first().isEqualTo("255903000831");
      assertThat(browser.find(By.id("sync:keyCount")).getText()).isEqualTo("2 distinct IDs");
    }
  }

  @Test
  void aStateUserLooksUpAndSyncsInTheDistrictTheyPick() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("state.admin", "StateAdmin1!").go("sync.xhtml");
      chooseDistrict(browser, "Lakeside ISD (255902)");
      browser.find(By.id("sync:openLookup")).click();
      browser.type(By.id("lookup:query"), "255902000821");
      browser.find(By.id("lookup:find")).click();
      browser.awaitAjax();
      browser.find(By.cssSelector("[id='lookup:matches'] tbody tr a[id$='addPerson']")).click();
      browser.await(page -> page.findElement(By.id("lookup:added")).getText().startsWith("Added"));
      browser.pressEscape();

      browser.find(SUBMIT).click();
      browser.await(WAIT, page -> page.findElement(PROGRESS).getText().startsWith("Complete"));
      assertThat(browser.find(PROGRESS).getText()).contains("0 not found");
    }
  }

  @Test
  void aLinkToAnotherDistrictsOrAnUnknownRequestSaysSoOnAWholePage() throws Exception {
    ApiClient lakeside =
        new ApiClient(base.toString(), ApiClient.basic("lakeside.admin", "Lakeside1!"));
    long theirs =
        lakeside.submit(
            "{\"object\":\"PersonIdentity\",\"districtId\":255902,\"keys\":\"255902000831\"}");
    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml?request=" + theirs);
      assertThat(browser.find(By.id("messages")).getText()).contains("may not use district 255902");
      assertThat(browser.find(SUBMIT).isDisplayed()).isTrue();
      assertThat(browser.driver().findElement(DETAILS).isDisplayed()).isFalse();

      browser.go("sync.xhtml?request=99999999");
      assertThat(browser.find(By.id("messages")).getText())
          .contains("Sync request 99999999 does not exist.");
    }
  }

  @Test
  void theHistoryListsRequestsNewestFirstAndOpensTheirDetails() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("bearcreek.admin", "BearCreek1!").go("sync.xhtml");
      syncAndAwait(browser, "255903000831 2");

      browser.find(By.id("sync:viewHistory")).click();
      WebElement first = browser.find(By.cssSelector("[id='history:requests'] tbody tr"));
      assertThat(first.getText()).contains("bearcreek.admin", "PersonIdentity", "2 keys");
      browser.screenshot("history-dialog");

      first.findElement(By.cssSelector("a[id$=':status']")).click();
      assertThat(browser.find(By.id("details:results")).getText()).contains("255903000831");
      assertThat(browser.find(By.id("detailsCounts")).getText())
          .contains("Unchanged: 1", "Not found: 1");
    }
  }

  @Test
  void clearHistoryAsksFirstThenEmptiesTheTable() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("lakeside.admin", "Lakeside1!").go("sync.xhtml");
      syncAndAwait(browser, "255902000821");
      browser.find(By.id("sync:viewHistory")).click();
      browser.find(By.cssSelector("[id='history:requests'] tbody tr a[id$=':status']"));

      browser.find(By.id("history:clear")).click();
      browser.find(By.id("history:confirmClearNo")).click();
      assertThat(browser.find(By.id("history:requests")).getText()).contains("PersonIdentity");

      browser.find(By.id("history:clear")).click();
      browser.screenshot("history-clear-confirm");
      browser.find(By.id("history:confirmClearYes")).click();
      browser.await(
          page ->
              page.findElement(By.id("history:requests"))
                  .getText()
                  .contains("No sync has been requested, or the history was cleared."));
      assertThat(browser.text()).contains("History cleared: 1 request deleted.");
    }
  }

  @Test
  void theViewerSeesTheHistoryButCannotSync() throws Exception {
    try (Browser browser = Browser.open(base)) {
      browser.signIn("viewer", "Viewer1!").go("sync.xhtml");
      browser.type(KEYS, "255903000821");
      browser.find(SUBMIT).click();
      browser.awaitAjax();
      assertThat(browser.find(By.id("messages")).getText())
          .contains("lacks the right W on the tool Selective Sync");
      assertThat(browser.driver().findElement(PROGRESS).getText()).isEmpty();

      browser.find(By.id("sync:viewHistory")).click();
      browser.find(By.id("history:requests"));
      assertThat(browser.driver().findElements(By.id("history:clear"))).isEmpty();
    }
  }

  private static void syncAndAwait(Browser browser, String keys) {
    browser.paste(KEYS, keys).awaitAjax();
    browser.find(SUBMIT).click();
    browser.awaitAjax();
    browser.await(WAIT, page -> page.findElement(PROGRESS).getText().startsWith("Complete"));
  }

  private static void assertReportsListFailuresFirst(Browser browser, Path downloads)
      throws Exception {
    browser.find(By.id("sync:viewHistory")).click();
    browser.find(By.cssSelector("[id='history:requests'] tbody tr a[id$=':keys']")).click();
    browser.find(By.id("keysReport:generate"));
    browser.screenshot("keys-report-dialog");

    List<List<String>> csv = ReportFiles.csv(download(browser, downloads, "CSV", ".csv"));
    assertThat(ReportFiles.keysAndOutcomes(csv))
        .containsExactly(
            "704385115314657 Failed",
            "259736715201421 Unchanged",
            "50425597932794 Synced",
            "1 Not found",
            "339810035870787 Skipped");
    List<List<String>> xlsx = ReportFiles.xlsx(download(browser, downloads, "Excel", ".xlsx"));
    assertThat(ReportFiles.keysAndOutcomes(xlsx)).isEqualTo(ReportFiles.keysAndOutcomes(csv));
    String pdf = ReportFiles.pdfText(download(browser, downloads, "PDF", ".pdf"));
    String pdfWords = pdf.replaceAll("\\s+", "");
    assertThat(pdfWords).contains("Keysreport", "704385115314657", "Calendar", "90304422");
    assertThat(pdfWords.indexOf("704385115314657")).isLessThan(pdfWords.indexOf("259736715201421"));

    browser.pressEscape();
    browser.pressEscape();
  }

  private static byte[] download(Browser browser, Path downloads, String format, String suffix)
      throws Exception {
    browser.find(By.xpath("//label[text()='" + format + "']")).click();
    browser.find(By.id("keysReport:generate")).click();
    Path file =
        browser.await(
            WAIT,
            page -> {
              try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    browser.await(page -> Files.exists(file) && file.toFile().length() > 0);
    byte[] bytes = Files.readAllBytes(file);
    Files.delete(file);
    return bytes;
  }

  private static void chooseEnrollment(Browser browser) {
    browser.find(By.cssSelector("label[for='sync:object:1']")).click();
    browser.await(page -> page.findElement(By.id("sync:objectHint")).getText().contains("enroll"));
  }

  private static void openDetailsFromProgress(Browser browser) {
    browser.find(By.id("sync:progressDetails")).click();
    browser.find(By.id("details:results"));
    browser.awaitAjax();
  }

  private static void filterDetails(Browser browser, String outcome) {
    browser.find(By.id("details:outcomeFilter")).click();
    browser.find(By.cssSelector("li[data-label='" + outcome + "']")).click();
    browser.awaitAjax();
  }

  private static List<String> resultRows(Browser browser) {
    return browser.find(By.id("details:results")).findElements(By.cssSelector("tbody tr")).stream()
        .map(row -> row.findElements(By.tagName("td")))
        .map(cells -> cells.get(0).getText() + " " + outcomeText(cells.get(2).getText()))
        .toList();
  }

  private static String outcomeText(String cell) {
    return cell.replaceFirst("^[^A-Za-z]+", "");
  }

  private static void assertRefused(Browser browser, String keys, String message) {
    browser.paste(KEYS, keys).awaitAjax();
    browser.find(SUBMIT).click();
    browser.awaitAjax();
    browser.await(page -> page.findElement(KEYS_MESSAGE).getText().contains(message));
    assertThat(browser.driver().findElement(PROGRESS).getText()).isEmpty();
  }

  private static JsonArray history(ApiClient api) throws Exception {
    return (JsonArray) api.get("api/sync-requests?size=1000");
  }

  /** Picks a district in the menu, once more if the first click landed before the panel opened. */
  private static void chooseDistrict(Browser browser, String label) {
    By shown = By.id("sync:district_label");
    for (int attempt = 0; attempt < 3 && !browser.find(shown).getText().equals(label); attempt++) {
      browser.find(By.id("sync:district")).click();
      browser.find(By.cssSelector("li[data-label='" + label + "']")).click();
      browser.awaitAjax();
    }
    assertThat(browser.find(shown).getText()).isEqualTo(label);
  }
}
