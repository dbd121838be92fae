package org.sis.selectivesync.rights;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The caller may not do what was asked: a tool right is missing, the record belongs to another
 * district, or nobody is signed in. Nothing was changed. The REST API answers 403 and the pages
 * show the message; the message names the user and what was missing, never record data.
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private static final String BUNDLE = "org.sis.selectivesync.messages";

  private AccessDeniedException(String message) {
    super(message);
  }

  /** The user lacks a right on a tool. */
  public static AccessDeniedException missingRight(String user, String toolName, Right right) {
    return new AccessDeniedException(text("denied.missingRight", user, right.name(), toolName));
  }

  /** A district user asked for another district. */
  public static AccessDeniedException otherDistrict(String user, int districtId) {
    return new AccessDeniedException(
        text("denied.otherDistrict", user, String.valueOf(districtId)));
  }

  /** No user is signed in, or the signed-in user no longer exists. */
  public static AccessDeniedException notSignedIn() {
    return new AccessDeniedException(text("denied.notSignedIn"));
  }

  private static String text(String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
    return new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
  }
}
