package org.sis.selectivesync.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sis.selectivesync.testsupport.PayaraProcess;

/** Start-up with a database that does not answer: the real WAR in a Payara process of its own. */
class StartupFailureIT {

  private static final String UNREACHABLE =
      "jdbc:postgresql://127.0.0.1:1/state?user=sis&password=topsecret";

  private static final Map<String, String> BAD_STATE =
      Map.of(
          "STATE_DB_CLASS", "org.postgresql.ds.PGSimpleDataSource",
          "STATE_DB_URL", UNREACHABLE,
          "SELECTIVESYNC_DATA_DIR", "target/startup-failure-data");

  @Test
  void unreachableDatabaseStopsTheEmbeddedRunWithOneLineNamingIt() throws Exception {
    try (PayaraProcess server =
        PayaraProcess.start(BAD_STATE, List.of("-Dselectivesync.exit-on-startup-failure=true"))) {
      assertThat(server.awaitExit(120)).isEqualTo(1);

      String output = server.output();
      assertThat(output).doesNotContain("topsecret");
      assertThat(linesWith(output, "database cannot be reached"))
          .singleElement()
          .asString()
          .contains("The state database cannot be reached at")
          .contains("jdbc:postgresql://127.0.0.1:1/state?user=sis&password=****");
      assertThat(output).doesNotContain("Selective Sync is ready");
    }
  }

  @Test
  void withoutTheExitFlagTheServerStaysUpAndIsNotReady() throws Exception {
    try (PayaraProcess server = PayaraProcess.start(BAD_STATE, List.of())) {
      assertThat(server.awaitOutput(") ready in ", 120)).isTrue();

      HttpResponse<String> ready = get("http://localhost:" + server.port() + "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"status\":\"DOWN\"").doesNotContain("topsecret");
      assertThat(linesWith(server.output(), "database cannot be reached")).hasSize(1);
      assertThat(server.output()).doesNotContain("topsecret");
    }
  }

  private static List<String> linesWith(String output, String text) {
    return Arrays.stream(output.split("\\R")).filter(line -> line.contains(text)).toList();
  }

  private static HttpResponse<String> get(String uri) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
