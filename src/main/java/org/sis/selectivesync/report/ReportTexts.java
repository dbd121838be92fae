package org.sis.selectivesync.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of reports in one locale, from {@code org/sis/selectivesync/messages.properties}, with
 * {@link MessageFormat} arguments formatted for that locale.
 */
public final class ReportTexts {

  private static final String BUNDLE = "org.sis.selectivesync.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private ReportTexts(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
  }

  /** The texts of a locale; the default (English) bundle for a locale without its own. */
  public static ReportTexts of(Locale locale) {
    return new ReportTexts(locale);
  }

  /** The locale texts and numbers are formatted for. */
  public Locale locale() {
    return locale;
  }

  /** The text of a key with its arguments filled in. */
  public String text(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
