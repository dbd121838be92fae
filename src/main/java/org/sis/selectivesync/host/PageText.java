package org.sis.selectivesync.host;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Texts of the pages: bundle messages formatted for the viewer's locale, dates and times in the
 * server's time zone, and Faces messages attached to a field or to the page.
 */
public final class PageText {

  private PageText() {}

  /** The bundle text of a key with its arguments, formatted for the view's locale. */
  public static String format(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return new MessageFormat(pattern, locale()).format(arguments);
  }

  /** A date and time as the viewer's locale writes it; empty for {@code null}. */
  public static String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale())
        .withZone(ZoneId.systemDefault())
        .format(instant);
  }

  /** The locale of the current view. */
  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** Adds an error message to a field (by client ID) or, for {@code null}, to the page. */
  public static void error(String clientId, String text) {
    add(clientId, FacesMessage.SEVERITY_ERROR, text);
  }

  /** Adds an information message to the page. */
  public static void info(String text) {
    add(null, FacesMessage.SEVERITY_INFO, text);
  }

  /** Adds a warning message to the page. */
  public static void warning(String text) {
    add(null, FacesMessage.SEVERITY_WARN, text);
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
