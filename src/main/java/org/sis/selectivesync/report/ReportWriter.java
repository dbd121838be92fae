package org.sis.selectivesync.report;

import java.io.IOException;
import java.util.List;

/**
 * Writes one tabular report to a stream as it goes: a title, header lines of label and value, the
 * column titles, then rows. Call them in that order, the columns once. Rows are written out (or
 * kept only in a small window) as they come, so a report of any length takes little memory.
 *
 * <p>{@link #close()} finishes the document and flushes it; it does not close the stream it was
 * given, which belongs to the caller. Cell texts are plain text: each format escapes them as it
 * needs, and spreadsheets never see a cell text as a formula.
 */
public interface ReportWriter extends AutoCloseable {

  /** The report's title, once, first. */
  void title(String title) throws IOException;

  /** One header line of label and value; {@code null} values are written as empty. */
  void header(String label, String value) throws IOException;

  /** The column titles, once, after the header lines. */
  void columns(List<ReportColumn> columns) throws IOException;

  /** One row: as many cells as columns; {@code null} cells are written as empty. */
  void row(List<String> cells) throws IOException;

  /** Finishes the document and flushes it, leaving the stream open. */
  @Override
  void close() throws IOException;
}
