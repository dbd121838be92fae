package org.sis.selectivesync.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small client of the REST API for tests that run outside the server. */
public final class ApiClient {

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String authorization;

  /**
   * @param base the server root, e.g. {@code http://localhost:8080/}
   * @param authorization an {@code Authorization} header value, or {@code null}
   */
  public ApiClient(String base, String authorization) {
    this.base = base.endsWith("/") ? base : base + "/";
    this.authorization = authorization;
  }

  /** Sends a request; the body is JSON or {@code null}. */
  public HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GETs a path and parses the JSON body. */
  public JsonStructure get(String path) throws IOException, InterruptedException {
    return parse(send("GET", path, null).body());
  }

  /** Submits a sync request and returns its ID. */
  public long submit(String json) throws IOException, InterruptedException {
    HttpResponse<String> response = send("POST", "api/sync-requests", json);
    if (response.statusCode() != 202) {
      throw new AssertionError("Submit answered " + response.statusCode() + ": " + response.body());
    }
    return ((JsonObject) parse(response.body())).getJsonNumber("id").longValue();
  }

  /** Polls a request until it is neither queued nor running, and returns its status JSON. */
  public JsonObject awaitEnd(long id, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonObject status = (JsonObject) get("api/sync-requests/" + id);
      String state = status.getString("status");
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("Sync request " + id + " did not end within " + timeout);
  }

  /** An {@code Authorization} header value for HTTP Basic. */
  public static String basic(String user, String password) {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** Parses a JSON text. */
  public static JsonStructure parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.read();
    }
  }
}
