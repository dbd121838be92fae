package org.sis.selectivesync.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads downloaded report files back, for tests of the reports: CSV rows, XLSX cells, PDF text. */
public final class ReportFiles {

  /** The column titles of a Keys report. */
  public static final List<String> KEYS_COLUMNS =
      List.of("Key", "Person or enrollment", "Outcome", "Reason", "Parent object", "Parent key");

  private ReportFiles() {}

  /** The rows of a CSV file written with a UTF-8 byte order mark. */
  public static List<List<String>> csv(byte[] file) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      rows.add(record.toList());
    }
    return rows;
  }

  /** The rows of the first sheet of an XLSX file, cells as Excel shows them. */
  public static List<List<String>> xlsx(byte[] file) throws IOException {
    DataFormatter formatter = new DataFormatter();
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        rows.add(cells.isEmpty() ? List.of("") : cells);
      }
    }
    return rows;
  }

  /** The text of a PDF file. */
  public static String pdfText(byte[] file) throws IOException {
    try (var document = Loader.loadPDF(file)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The index of the Keys report's column titles among the rows. */
  public static int columnTitles(List<List<String>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).equals(KEYS_COLUMNS)) {
        return i;
      }
    }
    throw new AssertionError("No column titles in " + rows.subList(0, Math.min(20, rows.size())));
  }

  /** The rows below the column titles of a Keys report. */
  public static List<List<String>> keyRows(List<List<String>> rows) {
    return rows.subList(columnTitles(rows) + 1, rows.size());
  }

  /** Each key row of a Keys report as {@code key outcome}, in file order. */
  public static List<String> keysAndOutcomes(List<List<String>> rows) {
    return keyRows(rows).stream().map(row -> row.get(0) + " " + row.get(2)).toList();
  }
}
