package org.sis.selectivesync.sync;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of sync outcomes and input errors, written once in {@code
 * org/sis/selectivesync/messages.properties} so that a failure reads the same in the log, on the
 * page, in the API and in reports. Stored reasons use the default (English) bundle.
 */
public final class SyncMessages {

  private static final String BUNDLE = "org.sis.selectivesync.messages";

  private SyncMessages() {}

  /** The message of a key with its arguments, in English. */
  public static String format(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
    return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(arguments);
  }
}
