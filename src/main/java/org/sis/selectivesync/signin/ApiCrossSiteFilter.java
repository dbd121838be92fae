package org.sis.selectivesync.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rejects with {@code 403} a changing API call (POST, PUT, PATCH, DELETE) that is authenticated
 * only by the session cookie, unless it carries the {@value #MARKER} header or an {@code Origin}
 * (or, lacking one, a {@code Referer}) of this very server. A browser does not add such a header to
 * a request another site forges, and sends that site's origin. Calls with HTTP Basic carry no
 * cookie authority and pass; Faces pages are protected by their view state instead.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiCrossSiteFilter extends HttpFilter {

  /** The header a script of the tool's own pages sends with changing API calls. */
  public static final String MARKER = "X-Requested-By";

  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(ApiCrossSiteFilter.class.getName());

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (ridesOnSession(request) && !sameSite(request)) {
      LOG.log(
          Level.WARNING,
          "Cross-site {0} {1} for {2} rejected (Origin {3})",
          new Object[] {
            request.getMethod(),
            request.getRequestURI(),
            request.getRemoteUser(),
            request.getHeader("Origin")
          });
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"Cross-site request rejected.\"}");
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean ridesOnSession(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))
        && request.getRemoteUser() != null
        && !BasicCredentials.isBasic(request.getHeader("Authorization"));
  }

  private static boolean sameSite(HttpServletRequest request) {
    if (request.getHeader(MARKER) != null) {
      return true;
    }
    String origin = request.getHeader("Origin");
    String source = origin != null ? origin : request.getHeader("Referer");
    return source != null && originOf(source).equals(ownOrigin(request));
  }

  private static String ownOrigin(HttpServletRequest request) {
    return (request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort())
        .toLowerCase(Locale.ROOT);
  }

  private static String originOf(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null || uri.getHost() == null) {
        return "";
      }
      int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
      return (uri.getScheme() + "://" + uri.getHost() + ":" + port).toLowerCase(Locale.ROOT);
    } catch (URISyntaxException malformed) {
      return "";
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
