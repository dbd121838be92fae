package org.sis.selectivesync.report;

/**
 * One column of a tabular report.
 *
 * @param title the column title as the reader sees it
 * @param width about how many characters wide the column should be; spreadsheets use it as the
 *     column width, PDF as the column's share of the page width
 */
public record ReportColumn(String title, int width) {

  public ReportColumn {
    if (width < 1) {
      throw new IllegalArgumentException("A column is at least 1 character wide: " + width);
    }
  }
}
