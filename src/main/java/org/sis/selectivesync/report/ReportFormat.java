package org.sis.selectivesync.report;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A file format reports can be written in, with its media type and file name extension. */
public enum ReportFormat {
  CSV("text/csv; charset=UTF-8", "csv"),
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The media type of the file, for {@code Content-Type}. */
  public String contentType() {
    return contentType;
  }

  /** The file name extension, without the dot: {@code csv}, {@code pdf}, {@code xlsx}. */
  public String extension() {
    return extension;
  }

  /** A writer of a report in this format onto a stream the caller keeps and closes. */
  public ReportWriter open(OutputStream out) {
    return switch (this) {
      case CSV -> new CsvReport(out);
      case PDF -> new PdfReport(out);
      case XLSX -> new XlsxReport(out);
    };
  }

  /**
   * The format of a query or form value: its extension in any case ({@code csv}, {@code PDF},
   * {@code Xlsx}).
   *
   * @throws UnknownFormatException for a missing, blank or unknown value, naming it and the formats
   *     there are
   */
  public static ReportFormat parse(String value) {
    ReportTexts texts = ReportTexts.of(Locale.ENGLISH);
    if (value == null || value.isBlank()) {
      throw new UnknownFormatException(texts.text("report.format.missing", allowed()));
    }
    String wanted = value.strip();
    return Arrays.stream(values())
        .filter(format -> format.extension.equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new UnknownFormatException(texts.text("report.format.unknown", value, allowed())));
  }

  private static String allowed() {
    return Arrays.stream(values()).map(ReportFormat::extension).collect(Collectors.joining(", "));
  }
}
