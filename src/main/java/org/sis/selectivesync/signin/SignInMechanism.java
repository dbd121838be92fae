package org.sis.selectivesync.signin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs callers in: with the sign-in page for pages (the session then remembers them) and with HTTP
 * Basic on every call under {@code /api/} (no session is created for it). An API call may also ride
 * on the session of a signed-in browser. Unauthenticated requests for protected pages are sent to
 * the sign-in page; those for the API get {@code 401} with a Basic challenge.
 *
 * <p>Failed sign-ins are logged with the user name and address, never the password, and slowed by
 * {@link SignInThrottle}.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  /** Request attribute holding the seconds a throttled sign-in must wait. */
  public static final String WAIT_SECONDS = "org.sis.selectivesync.signin.waitSeconds";

  /** The sign-in page, relative to the context root. */
  public static final String SIGN_IN_PAGE = "/signin.xhtml";

  private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());

  private static final String API = "/api/";

  @Inject private IdentityStoreHandler identityStores;

  /** Failed sign-ins of a name allowed before waits start (default 3). */
  @Inject
  @ConfigProperty(name = "selectivesync.signin.free-attempts", defaultValue = "3")
  private int freeAttempts;

  /** The first wait in seconds, doubled with each further failure (default 2). */
  @Inject
  @ConfigProperty(name = "selectivesync.signin.first-wait-seconds", defaultValue = "2")
  private long firstWaitSeconds;

  /** The longest wait in seconds (default 300). */
  @Inject
  @ConfigProperty(name = "selectivesync.signin.max-wait-seconds", defaultValue = "300")
  private long maxWaitSeconds;

  /** Minutes after which a name's failures are forgotten (default 60). */
  @Inject
  @ConfigProperty(name = "selectivesync.signin.forget-after-minutes", defaultValue = "60")
  private long forgetAfterMinutes;

  /** The most user names whose failures are tracked at once (default 10000). */
  @Inject
  @ConfigProperty(name = "selectivesync.signin.tracked-names", defaultValue = "10000")
  private int trackedNames;

  private SignInThrottle throttle;

  @PostConstruct
  void createThrottle() {
    SignInThrottle.Policy policy =
        new SignInThrottle.Policy(
            freeAttempts,
            Duration.ofSeconds(firstWaitSeconds),
            Duration.ofSeconds(maxWaitSeconds),
            Duration.ofMinutes(forgetAfterMinutes),
            trackedNames);
    throttle = new SignInThrottle(policy, Clock.systemUTC());
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential form) {
      return signInFromPage(form, request, context);
    }
    Principal remembered = request.getUserPrincipal();
    if (remembered != null) {
      return restore(remembered, context);
    }
    if (isApi(request)) {
      return apiCall(request, response, context);
    }
    return context.isProtected() ? redirectToSignIn(request, context) : context.doNothing();
  }

  private AuthenticationStatus signInFromPage(
      UsernamePasswordCredential form, HttpServletRequest request, HttpMessageContext context) {
    Optional<CredentialValidationResult> valid = check(form, request);
    if (valid.isEmpty()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    CredentialValidationResult result = valid.get();
    context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus apiCall(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (BasicCredentials.isBasic(authorization)) {
      Optional<CredentialValidationResult> valid =
          BasicCredentials.from(authorization).flatMap(basic -> check(basic, request));
      return valid.isPresent()
          ? context.notifyContainerAboutLogin(valid.get())
          : challenge(response);
    }
    return context.isProtected() ? challenge(response) : context.doNothing();
  }

  /** Checks a user name and password unless the name is throttled; logs failures. */
  private Optional<CredentialValidationResult> check(
      UsernamePasswordCredential credential, HttpServletRequest request) {
    String user = credential.getCaller();
    Optional<Duration> wait = throttle.waitBefore(user);
    if (wait.isPresent()) {
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      request.setAttribute(WAIT_SECONDS, seconds);
      LOG.log(
          Level.WARNING,
          "Sign-in of {0} from {1} refused: repeated failures, {2} s to wait",
          new Object[] {user, request.getRemoteAddr(), seconds});
      return Optional.empty();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      int failures = throttle.failed(user);
      LOG.log(
          Level.WARNING,
          "Failed sign-in of {0} from {1} ({2} failure(s) in a row)",
          new Object[] {user, request.getRemoteAddr(), failures});
      return Optional.empty();
    }
    throttle.succeeded(user);
    LOG.log(Level.FINE, "{0} signed in from {1}", new Object[] {user, request.getRemoteAddr()});
    return Optional.of(result);
  }

  /** Re-establishes a caller the session remembers from the sign-in page. */
  private static AuthenticationStatus restore(Principal remembered, HttpMessageContext context)
      throws AuthenticationException {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), remembered)});
      return AuthenticationStatus.SUCCESS;
    } catch (IOException | UnsupportedCallbackException e) {
      throw new AuthenticationException("The remembered caller could not be restored", e);
    }
  }

  private static AuthenticationStatus redirectToSignIn(
      HttpServletRequest request, HttpMessageContext context) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    String location =
        request.getContextPath()
            + SIGN_IN_PAGE
            + "?to="
            + URLEncoder.encode(target, StandardCharsets.UTF_8);
    return context.redirect(location);
  }

  private static AuthenticationStatus challenge(HttpServletResponse response) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Selective Sync\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    try {
      response.getWriter().write("{\"error\":\"Sign in with HTTP Basic or a session.\"}");
    } catch (IOException e) {
      LOG.log(Level.FINE, "The 401 body could not be written", e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API);
  }
}
