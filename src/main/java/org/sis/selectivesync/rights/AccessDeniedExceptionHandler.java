package org.sis.selectivesync.rights;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns an {@link AccessDeniedException} thrown by a page action into an error message on the same
 * page; other exceptions go on to the default handling.
 *
 * <p>Chosen over OmniFaces' FullAjaxExceptionHandler, which would replace the whole view with an
 * error page: a denied action changes nothing, so the user keeps the page and what they entered,
 * and reads why in the page's messages (which every page updates on each Ajax request).
 */
public class AccessDeniedExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(AccessDeniedExceptionHandler.class.getName());

  public AccessDeniedExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Optional<AccessDeniedException> denied = deniedIn(events.next().getContext().getException());
      if (denied.isPresent()) {
        events.remove();
        LOG.log(Level.INFO, "Page action denied: {0}", denied.get().getMessage());
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, denied.get().getMessage(), null));
        faces.validationFailed();
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  private static Optional<AccessDeniedException> deniedIn(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccessDeniedException denied) {
        return Optional.of(denied);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
