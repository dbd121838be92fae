package org.sis.selectivesync.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

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

  /**
   * Posts Ed-Fi test files ({@code src/test/resources/edfi/NAME}) as the file parts of a multipart
   * body, with one plain form field that the server must ignore.
   */
  public HttpResponse<String> postFiles(String path, List<String> files)
      throws IOException, InterruptedException {
    String boundary = "edfi-" + UUID.randomUUID();
    List<byte[]> body = new ArrayList<>();
    body.add(field(boundary, "comment", "sent by a test"));
    for (String name : files) {
      body.add(filePart(boundary, name));
    }
    body.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GETs a path and returns the body as bytes, for downloads. */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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

  private static byte[] field(String boundary, String name, String value) {
    return ("--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] filePart(String boundary, String name) throws IOException {
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/xml\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] content = testFile(name);
    byte[] part = new byte[head.length + content.length + 2];
    System.arraycopy(head, 0, part, 0, head.length);
    System.arraycopy(content, 0, part, head.length, content.length);
    part[part.length - 2] = '\r';
    part[part.length - 1] = '\n';
    return part;
  }

  private static byte[] testFile(String name) throws IOException {
    try (InputStream in = ApiClient.class.getResourceAsStream("/edfi/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test file " + name);
      }
      return in.readAllBytes();
    }
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
