package org.sis.selectivesync.benchmark;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.PayaraProcess;

/**
 * The built WAR running on Payara Micro in a process of its own against the benchmark databases,
 * with the REST client that submits work to it as the state administrator.
 */
final class BenchServer implements AutoCloseable {

  private final PayaraProcess process;
  private final ApiClient api;

  private BenchServer(PayaraProcess process) {
    this.process = process;
    this.api =
        new ApiClient(
            "http://127.0.0.1:" + process.port() + "/",
            ApiClient.basic("state.admin", "StateAdmin1!"));
  }

  /** Starts the server and waits until it says it is ready. */
  static BenchServer start(Map<String, String> environment, List<String> jvmOptions)
      throws IOException, InterruptedException {
    PayaraProcess process = PayaraProcess.start(environment, jvmOptions);
    if (!process.awaitOutput("Selective Sync is ready", 300)) {
      String output = process.output();
      process.close();
      throw new IllegalStateException(
          "The server did not start; its output ends with:\n"
              + output.substring(Math.max(0, output.length() - 4000)));
    }
    return new BenchServer(process);
  }

  /** The process ID of the server JVM (a child of this JVM). */
  long pid() {
    String port = Integer.toString(process.port());
    Optional<ProcessHandle> server =
        ProcessHandle.current()
            .descendants()
            .filter(
                p ->
                    p.info().arguments().map(a -> List.of(a).contains(port)).orElse(false)
                        && p.info().commandLine().orElse("").contains("payara-micro"))
            .findFirst();
    return server.orElseThrow(() -> new IllegalStateException("No server process")).pid();
  }

  /** Submits a sync request and returns its ID. */
  long submitSync(String object, List<Long> keys) throws IOException, InterruptedException {
    return api.submit(
        "{\"districtId\":"
            + SyntheticDistrict.DISTRICT_ID
            + ",\"object\":\""
            + object
            + "\",\"keys\":"
            + keys
            + "}");
  }

  /** Starts a verification run and returns its ID. */
  long startVerification(String object) throws IOException, InterruptedException {
    HttpResponse<String> response =
        api.send(
            "POST",
            "api/verifications",
            "{\"districtId\":" + SyntheticDistrict.DISTRICT_ID + ",\"object\":\"" + object + "\"}");
    if (response.statusCode() != 202) {
      throw new IllegalStateException(
          "Verification answered " + response.statusCode() + ": " + response.body());
    }
    return ((JsonObject) ApiClient.parse(response.body())).getJsonNumber("id").longValue();
  }

  /** A REST resource as JSON, e.g. {@code api/verifications/3}. */
  JsonObject get(String path) throws IOException, InterruptedException {
    return (JsonObject) api.get(path);
  }

  /** Whether the server process is still running. */
  boolean isAlive() throws InterruptedException {
    return process.awaitExit(0) == -1;
  }

  String output() throws IOException {
    return process.output();
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
