package org.sis.selectivesync.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void formatsAreNamedByTheirExtensionInAnyCase() {
    assertThat(ReportFormat.parse("csv")).isEqualTo(ReportFormat.CSV);
    assertThat(ReportFormat.parse("PDF")).isEqualTo(ReportFormat.PDF);
    assertThat(ReportFormat.parse(" Xlsx ")).isEqualTo(ReportFormat.XLSX);
  }

  @Test
  void anUnknownFormatIsRefusedNamingItAndTheFormatsThereAre() {
    assertThatThrownBy(() -> ReportFormat.parse("docx"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessage("Unknown report format \"docx\": choose one of csv, pdf, xlsx.");
    assertThatThrownBy(() -> ReportFormat.parse("excel")).hasMessageContaining("\"excel\"");
  }

  @Test
  void aMissingFormatIsRefusedListingTheFormats() {
    assertThatThrownBy(() -> ReportFormat.parse(null))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessage("Choose a report format: csv, pdf, xlsx.");
    assertThatThrownBy(() -> ReportFormat.parse("  ")).isInstanceOf(UnknownFormatException.class);
  }

  @Test
  void eachFormatHasItsMediaTypeAndExtension() {
    assertThat(ReportFormat.CSV.contentType()).startsWith("text/csv");
    assertThat(ReportFormat.PDF.contentType()).isEqualTo("application/pdf");
    assertThat(ReportFormat.XLSX.contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(ReportFormat.XLSX.extension()).isEqualTo("xlsx");
  }
}
