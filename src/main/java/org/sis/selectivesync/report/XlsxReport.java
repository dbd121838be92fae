package org.sis.selectivesync.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an Excel workbook of one sheet, written by POI's streaming workbook: only a window of
 * {@value #ROWS_IN_MEMORY} rows stays in memory, the rest goes to a compressed temporary file that
 * {@link #close()} deletes (POI closes and disposes it since 5.3). Every cell is a text cell, and a
 * text that a spreadsheet would read as a formula gets a leading apostrophe ({@link
 * CellText#inert}).
 */
class XlsxReport implements ReportWriter {

  private static final int ROWS_IN_MEMORY = 100;
  private static final int MAX_COLUMN_CHARACTERS = 255;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
  private final CellStyle bold;
  private SXSSFSheet sheet;
  private int nextRow;
  private int titleRow = -1;
  private int columnCount;

  XlsxReport(OutputStream out) {
    this.out = out;
    workbook.setCompressTempFiles(true);
    Font font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
  }

  @Override
  public void title(String title) {
    Row row = sheet(title).createRow(nextRow++);
    text(row, 0, title).setCellStyle(bold);
  }

  @Override
  public void header(String label, String value) {
    Row row = sheet(label).createRow(nextRow++);
    text(row, 0, label).setCellStyle(bold);
    text(row, 1, value);
  }

  @Override
  public void columns(List<ReportColumn> columns) {
    nextRow++;
    titleRow = nextRow;
    columnCount = columns.size();
    Row row = sheet("Report").createRow(nextRow++);
    for (int i = 0; i < columns.size(); i++) {
      text(row, i, columns.get(i).title()).setCellStyle(bold);
      sheet.setColumnWidth(i, Math.min(MAX_COLUMN_CHARACTERS, columns.get(i).width()) * 256);
    }
    sheet.createFreezePane(0, nextRow);
  }

  @Override
  public void row(List<String> cells) {
    Row row = sheet("Report").createRow(nextRow++);
    for (int i = 0; i < cells.size(); i++) {
      text(row, i, cells.get(i));
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (titleRow >= 0 && columnCount > 0) {
        sheet.setAutoFilter(new CellRangeAddress(titleRow, nextRow - 1, 0, columnCount - 1));
      }
      sheet("Report");
      workbook.write(out);
      out.flush();
    } finally {
      workbook.close();
    }
  }

  private SXSSFSheet sheet(String name) {
    if (sheet == null) {
      sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    }
    return sheet;
  }

  private static Cell text(Row row, int column, String text) {
    Cell cell = row.createCell(column);
    cell.setCellValue(CellText.inert(text));
    return cell;
  }
}
