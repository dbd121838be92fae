package org.sis.selectivesync.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The sign-in page: hands the form to {@link SignInMechanism} and goes on where the user was. */
@Named("signIn")
@RequestScoped
public class SignInPage {

  @Inject private SecurityContext security;

  @Inject private FacesContext faces;

  private String userName;
  private String password;
  private String target;

  /** Signs in; on success opens the page the user asked for, else shows why not. */
  public void submit() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    UsernamePasswordCredential credential =
        new UsernamePasswordCredential(userName, new Password(password));
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams().credential(credential).newAuthentication(true));

    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget());
      case SEND_CONTINUE -> faces.responseComplete();
      default -> refused(request);
    }
  }

  private void refused(HttpServletRequest request) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
    Object wait = request.getAttribute(SignInMechanism.WAIT_SECONDS);
    String text =
        wait == null
            ? bundle.getString("signin.failed")
            : MessageFormat.format(bundle.getString("signin.throttled"), wait);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** The page to open after sign-in: the requested one if it is a path of this application. */
  String safeTarget() {
    boolean local =
        target != null
            && target.startsWith("/")
            && !target.startsWith("//")
            && !target.startsWith("/\\")
            && !target.startsWith(SignInMechanism.SIGN_IN_PAGE);
    return local ? target : "/index.xhtml";
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
