package org.sis.selectivesync.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTP client of the deployed application for integration tests: keeps the session cookie, signs
 * in through the sign-in page, and sends API calls with the session or HTTP Basic. It does not
 * follow redirects, so tests see them.
 */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final URI base;
  private final HttpClient http;

  private WebClient(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A client without a session for the application at the deployment's URL. */
  public static WebClient of(URL base) {
    try {
      return new WebClient(base.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /**
   * Fills in and submits the sign-in page.
   *
   * @return the answer: a redirect on success, the page with its message otherwise
   */
  public HttpResponse<String> signIn(String user, String password) {
    String viewState = viewStateOf(get("signin.xhtml").body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signin", "signin");
    form.put("signin:user", user);
    form.put("signin:password", password);
    form.put("signin:submit", "");
    form.put("jakarta.faces.ViewState", viewState);
    return postForm("signin.xhtml", form);
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  /** Sends a JSON body with the given method (POST, PUT, DELETE) and headers. */
  public HttpResponse<String> send(String method, String path, String json, String... headers) {
    return send(
        request(path, headers)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Posts a form as a browser would, with the session cookie. */
  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** The value of an {@code Authorization} header for HTTP Basic. */
  public static String basic(String user, String password) {
    String pair = user + ":" + password;
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  /** The Faces view state of a page. */
  public static String viewStateOf(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      throw new IllegalStateException("The page has no view state");
    }
    return matcher.group(1);
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("The request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
