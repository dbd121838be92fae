package org.sis.selectivesync.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Signs the user out: ends the session and shows the sign-in page. */
@Named
@RequestScoped
public class SignOut {

  private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

  @Inject private FacesContext faces;

  public void perform() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String user = external.getRemoteUser();
    request.logout();
    external.invalidateSession();
    LOG.log(Level.FINE, "{0} signed out", user);
    external.redirect(external.getRequestContextPath() + SignInMechanism.SIGN_IN_PAGE);
  }
}
