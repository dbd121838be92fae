package org.sis.selectivesync.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A report as a PDF on landscape Letter pages (OpenPDF): the title and header lines, then a table
 * whose column titles repeat on every page. The table is handed to the document every {@value
 * #ROWS_PER_FLUSH} rows and written out, so memory stays small however long the report is.
 *
 * <p>Uses the standard Helvetica font, which shows Western European text; TODO(i18n): names in
 * other scripts need an embedded Unicode font.
 */
class PdfReport implements ReportWriter {

  private static final int ROWS_PER_FLUSH = 50;
  private static final float MARGIN = 36;
  private static final Color TITLE_BACKGROUND = new Color(0xE0, 0xE0, 0xE0);

  private final Font titleFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
  private final Font labelFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
  private final Font textFont = FontFactory.getFont(FontFactory.HELVETICA, 9);
  private final Document document =
      new Document(PageSize.LETTER.rotate(), MARGIN, MARGIN, MARGIN, MARGIN);
  private final OutputStream out;
  private PdfPTable table;
  private int pendingRows;

  PdfReport(OutputStream out) {
    this.out = out;
    PdfWriter writer = PdfWriter.getInstance(document, out);
    writer.setCloseStream(false);
    document.open();
  }

  @Override
  public void title(String title) {
    Paragraph paragraph = new Paragraph(CellText.plain(title), titleFont);
    paragraph.setSpacingAfter(6);
    document.add(paragraph);
  }

  @Override
  public void header(String label, String value) {
    Paragraph line = new Paragraph();
    line.add(new Chunk(CellText.plain(label) + ": ", labelFont));
    line.add(new Chunk(CellText.plain(value), textFont));
    document.add(line);
  }

  @Override
  public void columns(List<ReportColumn> columns) {
    table = new PdfPTable(columns.size());
    table.setWidthPercentage(100);
    table.setWidths(columns.stream().mapToInt(ReportColumn::width).toArray());
    table.setHeaderRows(1);
    table.setSpacingBefore(10);
    table.setComplete(false);
    for (ReportColumn column : columns) {
      PdfPCell cell = cell(column.title(), labelFont);
      cell.setBackgroundColor(TITLE_BACKGROUND);
      table.addCell(cell);
    }
  }

  @Override
  public void row(List<String> cells) {
    for (String text : cells) {
      table.addCell(cell(text, textFont));
    }
    if (++pendingRows >= ROWS_PER_FLUSH) {
      document.add(table);
      pendingRows = 0;
    }
  }

  @Override
  public void close() throws IOException {
    if (table != null) {
      table.setComplete(true);
      document.add(table);
    }
    document.close();
    out.flush();
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(CellText.plain(text), font));
    cell.setPadding(3);
    return cell;
  }
}
