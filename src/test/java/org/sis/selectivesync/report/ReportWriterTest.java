package org.sis.selectivesync.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Each format written and parsed back: content, order, and no cell that runs as a formula. */
class ReportWriterTest {

  private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/\",\"Click\")";
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final List<ReportColumn> COLUMNS =
      List.of(
          new ReportColumn("Key", 12), new ReportColumn("Name", 30), new ReportColumn("Note", 20));

  @Test
  void csvHoldsHeaderColumnsAndRowsInOrder() throws IOException {
    List<CSVRecord> records = csv(write(ReportFormat.CSV, sampleRows()));

    assertThat(records.get(0).values()).containsExactly("Test report");
    assertThat(records.get(1).values()).containsExactly("Requested by", "state.admin");
    assertThat(records.get(2).values()).containsExactly("");
    assertThat(records.get(3).values()).containsExactly("Key", "Name", "Note");
    assertThat(records.get(4).values()).containsExactly("1", "Zoë, Ana", "");
    assertThat(records).hasSize(4 + sampleRows().size());
  }

  @Test
  void csvCellsThatLookLikeFormulasStartWithAnApostrophe() throws IOException {
    List<CSVRecord> records = csv(write(ReportFormat.CSV, sampleRows()));

    assertThat(records.get(5).values()).containsExactly("2", "'" + HYPERLINK, "'+1 555");
    assertThat(records.get(6).values()).containsExactly("3", SCRIPT, "'-2");
    assertThat(records.get(7).values()).containsExactly("4", "'@SUM(A1)", "'\tTabbed");
    assertThat(records.get(8).values()).containsExactly("5", "'\rReturn", "a, \"quoted\"\nline");
  }

  @Test
  void csvStartsWithAByteOrderMarkForExcel() throws IOException {
    byte[] file = write(ReportFormat.CSV, sampleRows());

    assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("\uFEFFTest report");
  }

  @Test
  void xlsxHoldsOnlyTextCellsWithFormulaLookalikesPrefixed() throws IOException {
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX, sampleRows())))) {
      Sheet sheet = workbook.getSheetAt(0);

      assertThat(sheet.getSheetName()).isEqualTo("Test report");
      assertThat(texts(sheet.getRow(0))).containsExactly("Test report");
      assertThat(texts(sheet.getRow(1))).containsExactly("Requested by", "state.admin");
      assertThat(texts(sheet.getRow(3))).containsExactly("Key", "Name", "Note");
      assertThat(texts(sheet.getRow(4))).containsExactly("1", "Zoë, Ana", "");
      assertThat(texts(sheet.getRow(5))).containsExactly("2", "'" + HYPERLINK, "'+1 555");
      assertThat(texts(sheet.getRow(6))).containsExactly("3", SCRIPT, "'-2");
      assertThat(sheet.getLastRowNum()).isEqualTo(3 + sampleRows().size());
      for (Row row : sheet) {
        for (Cell cell : row) {
          assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        }
      }
    }
  }

  @Test
  void xlsxStreamsALongReportIntoOneSheet() throws IOException {
    List<List<String>> rows = numberedRows(5_000);

    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX, rows)))) {
      Sheet sheet = workbook.getSheetAt(0);

      assertThat(sheet.getLastRowNum()).isEqualTo(3 + 5_000);
      assertThat(texts(sheet.getRow(4 + 4_999))).containsExactly("5000", "Name 5000", "");
    }
  }

  @Test
  void pdfShowsTheHeaderAndEveryCellAsPlainText() throws IOException {
    String text = pdfText(write(ReportFormat.PDF, sampleRows()));

    assertThat(text).contains("Test report", "Requested by: state.admin", "Key", "Name", "Note");
    assertThat(text).contains("Zoë, Ana", HYPERLINK, SCRIPT, "+1 555", "@SUM(A1)");
    assertThat(text.indexOf(HYPERLINK)).isLessThan(text.indexOf(SCRIPT));
  }

  @Test
  void pdfOfALongReportRunsOverManyPagesWithColumnTitlesOnEach() throws IOException {
    byte[] file = write(ReportFormat.PDF, numberedRows(2_000));

    try (PDDocument document = Loader.loadPDF(file)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(20);
      assertThat(isLandscape(document.getPage(0))).isTrue();
      PDFTextStripper lastPage = new PDFTextStripper();
      lastPage.setStartPage(document.getNumberOfPages());
      lastPage.setEndPage(document.getNumberOfPages());
      String text = lastPage.getText(document);
      assertThat(text).contains("Key", "Name", "Name 2000");
    }
  }

  @Test
  void closingAReportLeavesTheStreamOpen() throws IOException {
    for (ReportFormat format : ReportFormat.values()) {
      ClosingWatch out = new ClosingWatch();
      try (ReportWriter report = format.open(out)) {
        report.title("T");
        report.columns(COLUMNS);
        report.row(List.of("1", "a", "b"));
      }
      assertThat(out.closed).as(format.name()).isFalse();
      assertThat(out.size()).as(format.name()).isPositive();
    }
  }

  private static List<List<String>> sampleRows() {
    List<List<String>> rows = new ArrayList<>();
    rows.add(Arrays.asList("1", "Zoë, Ana", null));
    rows.add(List.of("2", HYPERLINK, "+1 555"));
    rows.add(List.of("3", SCRIPT, "-2"));
    rows.add(List.of("4", "@SUM(A1)", "\tTabbed"));
    rows.add(List.of("5", "\rReturn", "a, \"quoted\"\nline"));
    return rows;
  }

  private static List<List<String>> numberedRows(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(i -> List.of(Integer.toString(i), "Name " + i, ""))
        .toList();
  }

  private static byte[] write(ReportFormat format, List<List<String>> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReportWriter report = format.open(out)) {
      report.title("Test report");
      report.header("Requested by", "state.admin");
      report.columns(COLUMNS);
      for (List<String> row : rows) {
        report.row(row);
      }
    }
    return out.toByteArray();
  }

  private static List<CSVRecord> csv(byte[] file) throws IOException {
    String text = new String(file, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      texts.add(cell == null ? "" : cell.getStringCellValue());
    }
    return texts;
  }

  private static String pdfText(byte[] file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static boolean isLandscape(PDPage page) {
    boolean wide = page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    return page.getRotation() % 180 == 0 ? wide : !wide;
  }

  /** An in-memory stream that remembers whether it was closed. */
  private static final class ClosingWatch extends ByteArrayOutputStream {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
