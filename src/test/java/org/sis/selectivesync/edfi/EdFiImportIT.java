package org.sis.selectivesync.edfi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.Browser;
import org.sis.selectivesync.testsupport.Deployments;
import org.sis.selectivesync.testsupport.WebClient;

/**
 * Ed-Fi Import of a user's own files through {@code POST /api/edfi-imports} and the import page.
 * The server starts with the demo sample (districts 255903 and 255902) imported; the test files
 * define district 255901, so every import here either brings that district's EducationOrganization
 * file along or fails before writing, and the checks hold in any test order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EdFiImportIT {

  private static final int TEST_DISTRICT = 255901;
  private static final String STATE = ApiClient.basic("state.admin", "StateAdmin1!");
  private static final String GOOD_ORGANIZATION = "EducationOrganization.xml";
  private static final String GOOD_STUDENTS = "Student.xml";

  @ArquillianResource private URL base;

  @Deployment
  static WebArchive deployment() {
    return Deployments.application(EdFiImportIT.class);
  }

  @Test
  void validFilesAreImportedAndCountedAndASecondImportChangesNothing() {
    List<String> files = List.of("StudentEnrollment.xml", GOOD_STUDENTS, GOOD_ORGANIZATION);

    HttpResponse<String> first = post(STATE, query(TEST_DISTRICT, null), files);
    HttpResponse<String> second = post(STATE, query(TEST_DISTRICT, "all-or-nothing"), files);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonObject result = json(second);
    assertThat(result.getInt("districtId")).isEqualTo(TEST_DISTRICT);
    assertThat(result.getBoolean("clean")).isTrue();
    assertThat(result.getJsonArray("problems")).isEmpty();
    List<JsonObject> perFile = result.getJsonArray("files").getValuesAs(JsonObject.class);
    assertThat(perFile)
        .extracting(file -> file.getString("file"), file -> file.getString("interchange"))
        .containsExactly(
            tuple(GOOD_ORGANIZATION, "EDUCATION_ORGANIZATION"),
            tuple(GOOD_STUDENTS, "STUDENT"),
            tuple("StudentEnrollment.xml", "STUDENT_ENROLLMENT"));
    assertThat(perFile).allMatch(file -> file.getBoolean("imported"));
    assertThat(perFile.get(1).getJsonObject("accepted").getInt("STUDENT")).isEqualTo(2);
    assertThat(perFile.get(2).getJsonObject("accepted").getInt("ENROLLMENT")).isEqualTo(2);
    assertThat(perFile)
        .allSatisfy(
            file ->
                assertThat(file.getJsonObject("changed").values())
                    .allMatch(count -> count.toString().equals("0")));
  }

  @Test
  void eachBadFileNamesFileAndLineAndImportsNothing() {
    Map<String, List<String>> expected =
        Map.of(
            "bad-not-xml.xml", List.of("1 NOT_XML The file is not XML"),
            "bad-truncated-Student.xml", List.of("MALFORMED_XML The XML is broken or ends too"),
            "bad-unknown-namespace-Student.xml",
                List.of("2 UNKNOWN_NAMESPACE Namespace 'http://ed-fi.org/3.9.9'"),
            "bad-no-district-code-StudentEnrollment.xml",
                List.of("35 NO_DISTRICT_CODE Student 900002 has no StudentIdentificationCode"),
            "bad-unknown-references-StudentEnrollment.xml",
                List.of(
                    "3 UNKNOWN_SCHOOL StudentSchoolAssociation refers to school 255901555",
                    "11 UNKNOWN_STUDENT StudentSchoolAssociation refers to student 999999"),
            "bad-duplicate-Student.xml",
                List.of("14 DUPLICATE_KEY Duplicate Student 900001: first seen on line 3"));

    for (Map.Entry<String, List<String>> bad : expected.entrySet()) {
      String name = bad.getKey();
      JsonObject result = json(post(STATE, query(TEST_DISTRICT, null), withGoodParents(name)));

      JsonObject file = fileNamed(result, name);
      assertThat(file.getBoolean("imported")).as(name).isFalse();
      assertThat(file.getJsonObject("changed").values())
          .as(name)
          .allMatch(count -> count.toString().equals("0"));
      List<String> problems =
          result.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
              .filter(problem -> problem.getString("file").equals(name))
              .map(EdFiImportIT::problemLine)
              .toList();
      for (String problem : bad.getValue()) {
        assertThat(problems).as(name).anyMatch(line -> line.contains(problem));
      }
      if (name.equals("bad-truncated-Student.xml")) {
        assertThat(problems).singleElement().asString().matches("([6-9]|[1-9][0-9]) .*");
      }
    }
  }

  @Test
  void validRecordsModeImportsTheGoodRecordsAndListsTheErrors() {
    List<String> files =
        List.of(GOOD_ORGANIZATION, GOOD_STUDENTS, "bad-unknown-references-StudentEnrollment.xml");

    JsonObject allOrNothing = json(post(STATE, query(TEST_DISTRICT, "all-or-nothing"), files));
    JsonObject validRecords = json(post(STATE, query(TEST_DISTRICT, "valid-records"), files));

    assertThat(fileNamed(allOrNothing, files.get(2)).getBoolean("imported")).isFalse();
    JsonObject enrollments = fileNamed(validRecords, files.get(2));
    assertThat(enrollments.getBoolean("imported")).isTrue();
    assertThat(enrollments.getJsonObject("accepted").getInt("PERSON")).isEqualTo(2);
    assertThat(enrollments.getInt("problems")).isEqualTo(2);
    assertThat(validRecords.getJsonArray("problems").getValuesAs(JsonObject.class))
        .extracting(EdFiImportIT::problemLine)
        .containsExactly(
            "3 UNKNOWN_SCHOOL StudentSchoolAssociation refers to school 255901555, which is not a"
                + " school of district 255901",
            "11 UNKNOWN_STUDENT StudentSchoolAssociation refers to student 999999, who has no"
                + " Student record or no District code for district 255901");
  }

  @Test
  void badRequestsAreRefusedNamingTheProblem() {
    List<String> files = List.of(GOOD_STUDENTS);

    assertRefused(post(STATE, "", files), 400, "Choose the district to import into");
    assertRefused(
        post(STATE, query(255903, "some-records"), files),
        400,
        "Unknown mode 'some-records': use all-or-nothing or valid-records.");
    assertRefused(post(STATE, query(255903, null), List.of()), 400, "No file to import");
    assertRefused(
        post(STATE, query(999999, null), files),
        400,
        "District 999999 is not in the district database");
  }

  @Test
  void onlyHoldersOfTheWriteRightImportAndOnlyIntoTheirDistrict() {
    List<String> files = List.of("bad-duplicate-Student.xml");
    String bearCreek = ApiClient.basic("bearcreek.admin", "BearCreek1!");
    String viewer = ApiClient.basic("viewer", "Viewer1!");

    assertRefused(
        post(bearCreek, query(255902, null), files),
        403,
        "User bearcreek.admin may not use district 255902.");
    assertRefused(
        post(viewer, query(255903, null), files),
        403,
        "User viewer lacks the right W on the tool Ed-Fi Import.");
    assertThat(post(bearCreek, query(255903, null), files).statusCode()).isEqualTo(200);
  }

  @Test
  void thePageOpensOnlyWithTheReadRightAndAStateUserPicksTheDistrict() {
    WebClient viewer = WebClient.of(base);
    viewer.signIn("viewer", "Viewer1!");
    WebClient state = WebClient.of(base);
    state.signIn("state.admin", "StateAdmin1!");

    assertThat(viewer.get("index.xhtml").body()).doesNotContain("edfi-import.xhtml");
    assertThat(viewer.get("edfi-import.xhtml").statusCode()).isEqualTo(403);
    HttpResponse<String> page = state.get("edfi-import.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Choose a district", "(255903)", "(255902)");
  }

  @Test
  void aDistrictAdministratorUploadsAFileSeesItsProblemsAndDownloadsThem() throws IOException {
    Path downloads = Files.createTempDirectory("edfi-downloads");
    try (Browser browser = Browser.open(base)) {
      allowDownloads(browser, downloads);
      browser.signIn("bearcreek.admin", "BearCreek1!");
      assertThat(browser.find(By.cssSelector("nav.shell-menu")).getText()).contains("Ed-Fi Import");
      browser.go("edfi-import.xhtml");
      assertThat(browser.find(By.id("edfi:districtName")).getAttribute("value")).contains("255903");
      browser.screenshot("edfi-import-page");

      browser.find(By.id("edfi:import")).click();
      assertThat(browser.find(By.id("edfi:filesMessage")).getText())
          .contains("Choose at least one Ed-Fi XML file to import.");

      browser
          .driver()
          .findElement(By.cssSelector("input[type=file]"))
          .sendKeys(testFile("bad-duplicate-Student.xml").toAbsolutePath().toString());
      browser.find(By.id("edfi:import")).click();

      String problems = browser.find(By.id("result:problems")).getText();
      assertThat(problems)
          .contains(
              "bad-duplicate-Student.xml", "14", "Duplicate Student 900001: first seen on line 3");
      assertThat(browser.find(By.id("result:files")).getText())
          .contains("bad-duplicate-Student.xml", "Student", "No, nothing imported");
      ((JavascriptExecutor) browser.driver())
          .executeScript("arguments[0].scrollIntoView();", browser.find(By.id("result")));
      browser.screenshot("edfi-import-problems");

      browser.find(By.id("result:download")).click();
      Path csv = downloads.resolve("edfi-import-problems.csv");
      browser.await(page -> Files.exists(csv) && size(csv) > 0);
      assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8))
          .containsExactly(
              "File,Line,Kind,What is wrong",
              "bad-duplicate-Student.xml,14,DUPLICATE_KEY,Duplicate Student 900001: first seen on"
                  + " line 3");
    }
  }

  private static void allowDownloads(Browser browser, Path directory) {
    ((HasCdp) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static List<String> withGoodParents(String bad) {
    return bad.contains("Enrollment")
        ? List.of(GOOD_ORGANIZATION, GOOD_STUDENTS, bad)
        : List.of(GOOD_ORGANIZATION, bad);
  }

  private static String query(int districtId, String mode) {
    return "?districtId=" + districtId + (mode == null ? "" : "&mode=" + mode);
  }

  private static String problemLine(JsonObject problem) {
    return problem.getInt("line")
        + " "
        + problem.getString("error")
        + " "
        + problem.getString("message");
  }

  private static JsonObject fileNamed(JsonObject result, String name) {
    return result.getJsonArray("files").getValuesAs(JsonObject.class).stream()
        .filter(file -> file.getString("file").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No result for " + name + " in " + result));
  }

  private static void assertRefused(HttpResponse<String> response, int status, String error) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(json(response).getString("error")).contains(error);
  }

  private static JsonObject json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 400, 403);
    return (JsonObject) ApiClient.parse(response.body());
  }

  /** Posts the test files as file parts of a multipart body, plus one plain form field. */
  private HttpResponse<String> post(String authorization, String query, List<String> files) {
    try {
      return new ApiClient(base.toString(), authorization)
          .postFiles("api/edfi-imports" + query, files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Path testFile(String name) {
    return Path.of("src", "test", "resources", "edfi", name);
  }
}
