package org.sis.selectivesync.verify;

import java.util.Locale;
import org.sis.selectivesync.report.ReportTexts;

/**
 * The texts of verification errors, written once in the bundle so that they read the same in the
 * log, on the page and in the API (English, like the sync's stored reasons).
 */
final class VerificationMessages {

  private VerificationMessages() {}

  static String format(String key, Object... arguments) {
    return ReportTexts.of(Locale.ENGLISH).text(key, arguments);
  }

  static InvalidVerificationException invalid(String key, Object... arguments) {
    return new InvalidVerificationException(format(key, arguments));
  }
}
