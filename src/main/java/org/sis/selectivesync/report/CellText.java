package org.sis.selectivesync.report;

/**
 * Keeps a cell text from being run as a spreadsheet formula (CSV or formula injection): a text
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, which spreadsheets show as text.
 */
final class CellText {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CellText() {}

  /** The text as a spreadsheet may show it; {@code null} becomes empty. */
  static String inert(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** The text, {@code null} as empty. */
  static String plain(String text) {
    return text == null ? "" : text;
  }
}
