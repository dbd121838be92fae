package org.sis.selectivesync.signin;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads the user name and password of an HTTP Basic {@code Authorization} header. */
public final class BasicCredentials {

  private static final String SCHEME = "basic ";

  private BasicCredentials() {}

  /** Whether the header value uses the Basic scheme (well-formed or not). */
  public static boolean isBasic(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
  }

  /**
   * The credential of a Basic header; empty when the header is missing, of another scheme, or not
   * valid Base64 of {@code name:password}.
   */
  public static Optional<UsernamePasswordCredential> from(String authorization) {
    if (!isBasic(authorization)) {
      return Optional.empty();
    }
    try {
      byte[] decoded = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim());
      String pair = new String(decoded, StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }
}
