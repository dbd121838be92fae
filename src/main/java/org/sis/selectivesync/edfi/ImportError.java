package org.sis.selectivesync.edfi;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kinds of problem an Ed-Fi file can have. Each names its text in the resource bundle {@code
 * org.sis.selectivesync.edfi.ImportMessages}, so that a problem reads the same in the log, on a
 * page and in a report.
 */
public enum ImportError {
  NOT_XML,
  MALFORMED_XML,
  UNREADABLE,
  UNKNOWN_NAMESPACE,
  UNKNOWN_INTERCHANGE,
  MISSING_ELEMENT,
  INVALID_VALUE,
  UNKNOWN_GRADE_LEVEL,
  NO_DISTRICT_CODE,
  DISTRICT_CODE_NOT_A_NUMBER,
  OTHER_DISTRICT,
  UNKNOWN_DISTRICT,
  UNKNOWN_STUDENT,
  UNKNOWN_SCHOOL,
  DUPLICATE_KEY,
  PERSON_ID_TAKEN,
  PERSON_ID_CHANGED,
  ENROLLMENT_ID_COLLISION,
  TOO_MANY_PROBLEMS,
  DATABASE;

  private static final String BUNDLE = "org.sis.selectivesync.edfi.ImportMessages";

  /** The text of this problem with its values filled in; numbers as keys, without grouping. */
  public String format(Locale locale, Object... values) {
    String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key());
    Object[] plain = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      plain[i] = values[i] instanceof Number ? String.valueOf(values[i]) : values[i];
    }
    return new MessageFormat(pattern, locale).format(plain);
  }

  /** The key of this problem's text in the bundle, e.g. {@code import.error.NOT_XML}. */
  public String key() {
    return "import.error." + name();
  }
}
