package org.sis.selectivesync.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.Deployments;
import org.sis.selectivesync.testsupport.ReportFiles;

/**
 * The Keys report through {@code GET /api/sync-requests/{id}/report} on the demo data: each format
 * parsed back, failures first, rights and district scope, bad input, and a request of thousands of
 * keys read in pages.
 */
@ExtendWith(ArquillianExtension.class)
class KeysReportIT {

  private static final Duration WAIT = Duration.ofSeconds(120);

  private static final String STATE_ADMIN = ApiClient.basic("state.admin", "StateAdmin1!");
  private static final String BEAR_CREEK = ApiClient.basic("bearcreek.admin", "BearCreek1!");

  /** Bear Creek enrollments of the demo data, one of each outcome (docs/demo-data.md). */
  private static final long UNCHANGED = 259736715201421L;

  private static final long SYNCED = 50425597932794L;
  private static final long NOT_FOUND = 1L;
  private static final long SKIPPED = 339810035870787L;
  private static final long FAILED = 704385115314657L;

  private static Long oneOfEach;

  private final HttpClient http = HttpClient.newHttpClient();

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application(KeysReportIT.class);
  }

  @Test
  void csvListsEveryKeyWithItsOutcomeFailuresFirst() throws Exception {
    long id = oneOfEachOutcome();

    HttpResponse<byte[]> response = download(STATE_ADMIN, id, "csv");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"sync-request-" + id + "-keys.csv\"");
    List<List<String>> records = ReportFiles.csv(response.body());
    Map<String, String> header = header(records);
    assertThat(records.get(0)).containsExactly("Keys report");
    assertThat(header)
        .containsEntry("Sync request", Long.toString(id))
        .containsEntry("Initiated by", "state.admin")
        .containsEntry("Object", "Enrollment")
        .containsEntry("Check dependencies", "No")
        .containsEntry("Status", "Complete with failures")
        .containsEntry("Keys", "5")
        .containsEntry("Synced", "1")
        .containsEntry("Unchanged", "1")
        .containsEntry("Not found", "1")
        .containsEntry("Skipped", "1")
        .containsEntry("Failed", "1");
    assertThat(header.get("District")).endsWith("(255903)");
    assertThat(header.get("Requested")).isNotBlank();
    assertThat(header.get("Finished")).isNotEqualTo("not finished");
    assertOneOfEachOutcome(ReportFiles.keyRows(records));
  }

  @Test
  void xlsxHoldsTheSameRowsAsTextCells() throws Exception {
    long id = oneOfEachOutcome();

    HttpResponse<byte[]> response = download(STATE_ADMIN, id, "XLSX");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"sync-request-" + id + "-keys.xlsx\"");
    List<List<String>> rows = ReportFiles.xlsx(response.body());
    assertThat(rows.get(0)).containsExactly("Keys report");
    assertThat(header(rows)).containsEntry("Sync request", Long.toString(id));
    assertOneOfEachOutcome(ReportFiles.keyRows(rows));
  }

  @Test
  void pdfShowsTheHeaderAndTheKeysFailuresFirst() throws Exception {
    long id = oneOfEachOutcome();

    HttpResponse<byte[]> response = download(STATE_ADMIN, id, "pdf");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    String text = ReportFiles.pdfText(response.body());
    assertThat(text)
        .contains("Keys report", "Sync request: " + id, "Initiated by: state.admin")
        .contains("Status: Complete with failures", "Check dependencies: No")
        .contains("Failed", "Unchanged", "Synced", "Not found", "Skipped", "Calendar")
        .contains("90304422", "State Exclude");
    assertThat(text.indexOf(Long.toString(FAILED)))
        .isPositive()
        .isLessThan(text.indexOf(Long.toString(UNCHANGED)));
    assertThat(text.indexOf(Long.toString(UNCHANGED)))
        .isLessThan(text.indexOf(Long.toString(SYNCED)));
    assertThat(text.indexOf(Long.toString(SYNCED)))
        .isLessThan(text.indexOf(Long.toString(SKIPPED)));
  }

  @Test
  void onlyCallersWhoMayReadTheRequestsDistrictGetItsReport() throws Exception {
    long id =
        new ApiClient(root(), BEAR_CREEK)
            .submit(
                "{\"object\":\"PersonIdentity\",\"districtId\":255903,"
                    + "\"keys\":\"255903000821, 1\"}");
    new ApiClient(root(), BEAR_CREEK).awaitEnd(id, WAIT);

    HttpResponse<byte[]> own = download(BEAR_CREEK, id, "csv");
    assertThat(own.statusCode()).isEqualTo(200);
    List<List<String>> rows = ReportFiles.keyRows(ReportFiles.csv(own.body()));
    assertThat(rows).extracting(row -> row.get(0)).containsExactly("255903000821", "1");
    assertThat(rows.get(0).get(1)).matches("[^,]+, [^(]+ \\(state ID \\d+\\)");
    assertThat(rows.get(0).get(2)).isEqualTo("Unchanged");
    assertThat(download(ApiClient.basic("viewer", "Viewer1!"), id, "pdf").statusCode())
        .isEqualTo(200);
    HttpResponse<byte[]> otherDistrict =
        download(ApiClient.basic("lakeside.admin", "Lakeside1!"), id, "csv");
    assertThat(otherDistrict.statusCode()).isEqualTo(403);
    assertThat(error(otherDistrict)).contains("lakeside.admin", "255903");
    assertThat(download(ApiClient.basic("rights.admin", "Rights1!"), id, "csv").statusCode())
        .isEqualTo(403);
    assertThat(download(null, id, "csv").statusCode()).isEqualTo(401);
  }

  @Test
  void badFormatsAndUnknownRequestsAreRefusedWithTheirReason() throws Exception {
    long id =
        new ApiClient(root(), STATE_ADMIN)
            .submit("{\"object\":\"PersonIdentity\",\"districtId\":255903,\"keys\":\"1\"}");

    HttpResponse<byte[]> unknownFormat = download(STATE_ADMIN, id, "docx");
    assertThat(unknownFormat.statusCode()).isEqualTo(400);
    assertThat(error(unknownFormat))
        .isEqualTo("Unknown report format \"docx\": choose one of csv, pdf, xlsx.");
    HttpResponse<byte[]> noFormat = send(STATE_ADMIN, "api/sync-requests/" + id + "/report");
    assertThat(noFormat.statusCode()).isEqualTo(400);
    assertThat(error(noFormat)).isEqualTo("Choose a report format: csv, pdf, xlsx.");
    HttpResponse<byte[]> unknownRequest = download(STATE_ADMIN, 987654321L, "csv");
    assertThat(unknownRequest.statusCode()).isEqualTo(404);
    assertThat(error(unknownRequest)).isEqualTo("Sync request 987654321 does not exist.");
  }

  @Test
  void aRequestOfThousandsOfKeysIsReadInPagesWithFailuresFirst() throws Exception {
    String unknown =
        LongStream.rangeClosed(10_001, 13_500)
            .mapToObj(Long::toString)
            .collect(Collectors.joining(","));
    String keys = UNCHANGED + "," + unknown + "," + 377000717439904L;
    ApiClient api = new ApiClient(root(), STATE_ADMIN);
    long id =
        api.submit("{\"object\":\"Enrollment\",\"districtId\":255903,\"keys\":\"" + keys + "\"}");
    JsonObject ended = api.awaitEnd(id, WAIT);
    assertThat(ended.getInt("total")).isEqualTo(3_502);

    List<List<String>> rows =
        ReportFiles.keyRows(ReportFiles.csv(download(STATE_ADMIN, id, "csv").body()));

    assertThat(rows).hasSize(3_502);
    assertThat(rows.get(0)).startsWith("377000717439904");
    assertThat(rows.get(0).get(2)).isEqualTo("Failed");
    assertThat(rows.get(1).get(0)).isEqualTo(Long.toString(UNCHANGED));
    assertThat(rows.get(1).get(1)).isNotBlank();
    assertThat(rows.subList(2, rows.size()))
        .extracting(row -> row.get(0))
        .containsExactlyElementsOf(
            LongStream.rangeClosed(10_001, 13_500).mapToObj(Long::toString).toList());
    assertThat(rows.subList(2, rows.size()))
        .allSatisfy(row -> assertThat(row.get(2)).isEqualTo("Not found"));
  }

  /**
   * The request of one enrollment of each outcome, in the order UNCHANGED … FAILED, ended. Made
   * once, by whichever test asks first: the demo enrollment that syncs is UNCHANGED after that.
   */
  private long oneOfEachOutcome() throws IOException, InterruptedException {
    if (oneOfEach == null) {
      ApiClient api = new ApiClient(root(), STATE_ADMIN);
      String keys =
          LongStream.of(UNCHANGED, SYNCED, NOT_FOUND, SKIPPED, FAILED)
              .mapToObj(Long::toString)
              .collect(Collectors.joining(", "));
      long id =
          api.submit("{\"object\":\"Enrollment\",\"districtId\":255903,\"keys\":\"" + keys + "\"}");
      api.awaitEnd(id, WAIT);
      oneOfEach = id;
    }
    return oneOfEach;
  }

  private static void assertOneOfEachOutcome(List<List<String>> rows) {
    assertThat(rows)
        .extracting(row -> row.get(0))
        .containsExactly(
            Long.toString(FAILED),
            Long.toString(UNCHANGED),
            Long.toString(SYNCED),
            Long.toString(NOT_FOUND),
            Long.toString(SKIPPED));
    assertThat(rows)
        .extracting(row -> row.get(2))
        .containsExactly("Failed", "Unchanged", "Synced", "Not found", "Skipped");
    List<String> failed = rows.get(0);
    assertThat(failed.get(3)).contains("Calendar", "90304422");
    assertThat(failed.subList(4, 6)).containsExactly("Calendar", "90304422");
    assertThat(rows.get(4).get(3)).contains("State Exclude");
    for (int found : new int[] {0, 1, 2, 4}) {
      assertThat(rows.get(found).get(1)).matches(".+, .+ \u2014 .+, grade .+, 2021-2022");
    }
    assertThat(rows.get(3).get(1)).isEmpty();
  }

  private HttpResponse<byte[]> download(String authorization, long id, String format)
      throws IOException, InterruptedException {
    return send(authorization, "api/sync-requests/" + id + "/report?format=" + format);
  }

  private HttpResponse<byte[]> send(String authorization, String path)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(root() + path)).timeout(Duration.ofSeconds(60)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String error(HttpResponse<byte[]> response) {
    JsonObject body =
        (JsonObject) ApiClient.parse(new String(response.body(), StandardCharsets.UTF_8));
    return body.getString("error");
  }

  /** The label/value lines above the column titles. */
  private static Map<String, String> header(List<List<String>> rows) {
    return rows.subList(1, ReportFiles.columnTitles(rows)).stream()
        .filter(row -> row.size() == 2)
        .collect(Collectors.toMap(row -> row.get(0), row -> row.get(1)));
  }

  private String root() {
    String url = base.toString();
    return url.endsWith("/") ? url : url + "/";
  }
}
