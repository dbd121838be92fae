package org.sis.selectivesync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.sis.selectivesync.testsupport.ApiClient;
import org.sis.selectivesync.testsupport.PayaraProcess;

/**
 * The real WAR in Payara processes of its own, through crashes and database outages: a killed
 * server resumes its request on the next start, and an unreachable state database fails keys after
 * retries without losing or doubling any.
 */
class ResilienceIT {

  private static final Duration START = Duration.ofSeconds(120);
  private static final int KEYS = 20_000;

  /** How long a resumed request may take: generous, since CI machines are shared and slow. */
  private static final Duration RESUMED = Duration.ofMinutes(6);

  @Test
  void aKilledServerResumesItsRequestAndEveryKeyEndsWithExactlyOneResult() throws Exception {
    Map<String, String> environment = persistentDatabases();
    environment.put("SELECTIVESYNC_SYNC_CHUNK_SIZE", "100");
    String keys =
        LongStream.rangeClosed(800, 800 + KEYS - 1)
            .mapToObj(Long::toString)
            .collect(Collectors.joining(" "));
    long id;

    try (PayaraProcess first = PayaraProcess.start(environment, List.of())) {
      ApiClient api = ready(first);
      id = api.submit(body("PersonIdentity", keys, false));
      int processed = awaitProgress(api, id);
      first.kill();
      assertThat(processed).as("keys done when the server was killed").isBetween(1, KEYS - 1);
    }

    try (PayaraProcess second = PayaraProcess.start(environment, List.of())) {
      ApiClient api = ready(second);
      JsonObject ended = api.awaitEnd(id, RESUMED);

      assertThat(ended.getString("status")).isEqualTo("COMPLETE");
      assertThat(ended.getInt("processed")).isEqualTo(KEYS);
      assertThat(sum(ended.getJsonObject("counts"))).isEqualTo(KEYS);
      assertThat(everyResultKey(api, id)).hasSize(KEYS);
    }
  }

  @Test
  void anUnreachableStateDatabaseFailsTheKeysAfterRetriesAndSyncWorksWhenItIsBack()
      throws Exception {
    int port = freePort();
    Server stateServer = tcpServer(port).start();
    Map<String, String> environment = new HashMap<>();
    environment.put("STATE_DB_CLASS", "org.h2.jdbcx.JdbcDataSource");
    environment.put(
        "STATE_DB_URL", "jdbc:h2:tcp://localhost:" + port + "/mem:outage;DB_CLOSE_DELAY=-1");
    environment.put("STATE_DB_USER", "sa");
    environment.put("STATE_DB_PASSWORD", "it");
    environment.put("SELECTIVESYNC_SYNC_RETRY_ATTEMPTS", "3");
    environment.put("SELECTIVESYNC_SYNC_RETRY_DELAY_MS", "200");

    try (PayaraProcess server = PayaraProcess.start(environment, List.of())) {
      ApiClient api = ready(server);
      stateServer.stop();
      HttpResponse<String> readiness = api.send("GET", "health/ready", null);
      assertThat(readiness.statusCode()).isEqualTo(503);
      assertThat(readiness.body())
          .contains("\"database-state\",\"status\":\"DOWN\"")
          .contains("\"database-district\",\"status\":\"UP\"");

      long failed = api.submit(body("PersonIdentity", "255903000821, 255903000822", true));
      JsonObject ended = api.awaitEnd(failed, START);
      assertThat(ended.getString("status")).isEqualTo("FAILED");
      assertThat(ended.getJsonObject("counts").getInt("FAILED")).isEqualTo(2);
      JsonArray results = (JsonArray) api.get("api/sync-requests/" + failed + "/results");
      assertThat(results.getJsonObject(0).getString("reason"))
          .startsWith("The state database was unreachable after 3 attempts");

      stateServer = tcpServer(port).start();
      long recovered = api.submit(body("PersonIdentity", "255903000821, 255903000822", true));
      JsonObject done = api.awaitEnd(recovered, START);
      assertThat(done.getString("status")).isEqualTo("COMPLETE");
      assertThat(done.getJsonObject("counts").getInt("FAILED")).isZero();
    } finally {
      stateServer.stop();
    }
  }

  private static ApiClient ready(PayaraProcess server) throws Exception {
    if (!server.awaitOutput("Selective Sync is ready", START.toSeconds())
        || !server.awaitOutput(") ready in ", START.toSeconds())) {
      throw new AssertionError("The server did not start:\n" + server.output());
    }
    return new ApiClient(
        "http://localhost:" + server.port() + "/", ApiClient.basic("state.admin", "StateAdmin1!"));
  }

  private static int awaitProgress(ApiClient api, long id) throws Exception {
    for (int polls = 0; polls < 2_000; polls++) {
      JsonObject status = (JsonObject) api.get("api/sync-requests/" + id);
      int processed = status.getInt("processed");
      if (processed >= 300) {
        return processed;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("Sync request " + id + " made no progress");
  }

  private static Set<Long> everyResultKey(ApiClient api, long id) throws Exception {
    Set<Long> keys = new HashSet<>();
    for (int page = 0; ; page++) {
      JsonArray results =
          (JsonArray) api.get("api/sync-requests/" + id + "/results?size=1000&page=" + page);
      if (results.isEmpty()) {
        return keys;
      }
      for (JsonValue result : results) {
        long key = result.asJsonObject().getJsonNumber("key").longValue();
        assertThat(keys.add(key)).as("key %d has one result", key).isTrue();
      }
    }
  }

  private static int sum(JsonObject counts) {
    return counts.values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum();
  }

  /** File databases that outlive a killed server, unless the run is on PostgreSQL already. */
  private static Map<String, String> persistentDatabases() throws IOException {
    Map<String, String> environment = new HashMap<>();
    String tool = System.getenv("TOOL_DB_URL");
    if (tool == null || tool.startsWith("jdbc:h2:mem")) {
      Path folder = Files.createTempDirectory(Path.of("target"), "crash-data").toAbsolutePath();
      for (String database : new String[] {"DISTRICT", "STATE", "TOOL"}) {
        environment.put(
            database + "_DB_URL", "jdbc:h2:file:" + folder.resolve(database.toLowerCase()));
      }
    }
    return environment;
  }

  private static String body(String object, String keys, boolean parents) {
    return "{\"object\":\""
        + object
        + "\",\"districtId\":255903,\"keys\":\""
        + keys
        + "\",\"checkDependencies\":"
        + parents
        + "}";
  }

  private static Server tcpServer(int port) throws Exception {
    return Server.createTcpServer("-tcpPort", Integer.toString(port), "-ifNotExists");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
