package org.sis.selectivesync.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV (RFC 4180, UTF-8 with a byte order mark so that Excel reads accents right): the
 * title and header lines first as rows of one or two cells, an empty row, then the column titles
 * and the rows. Every cell goes through {@link CellText#inert} so that no cell becomes a formula.
 */
class CsvReport implements ReportWriter {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final BufferedWriter writer;
  private final CSVPrinter printer;

  CsvReport(OutputStream out) {
    this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      writer.write(BYTE_ORDER_MARK);
      this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
    } catch (IOException e) {
      throw new ReportFailedException(e);
    }
  }

  @Override
  public void title(String title) throws IOException {
    printer.printRecord(CellText.inert(title));
  }

  @Override
  public void header(String label, String value) throws IOException {
    printer.printRecord(CellText.inert(label), CellText.inert(value));
  }

  @Override
  public void columns(List<ReportColumn> columns) throws IOException {
    printer.println();
    printer.printRecord(columns.stream().map(c -> CellText.inert(c.title())).toList());
  }

  @Override
  public void row(List<String> cells) throws IOException {
    printer.printRecord(cells.stream().map(CellText::inert).toList());
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
