package org.sis.selectivesync.edfi;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The problems of an import as a CSV file (UTF-8, comma separated, a header row): file, line, kind
 * and message. A cell that a spreadsheet would take for a formula (starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, since file names
 * and messages quote what the uploaded file held.
 */
public final class ProblemsCsv {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private ProblemsCsv() {}

  /**
   * @param header the column titles, in the order file, line, kind, message
   * @param problems the rows
   */
  public static byte[] write(List<String> header, List<ProblemRow> problems) {
    StringWriter text = new StringWriter();
    try (CSVPrinter csv = CSVFormat.DEFAULT.builder().get().print(text)) {
      csv.printRecord(header.stream().map(ProblemsCsv::cell));
      for (ProblemRow problem : problems) {
        csv.printRecord(
            cell(problem.file()), problem.line(), cell(problem.error()), cell(problem.message()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The value, made harmless for spreadsheets. */
  static String cell(String value) {
    if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }
}
