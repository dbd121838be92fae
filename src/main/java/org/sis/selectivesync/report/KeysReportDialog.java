package org.sis.selectivesync.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.sis.selectivesync.host.PageText;

/**
 * The Keys dialog of the Sync History: pick a Report Format and Generate Report, which downloads
 * the request's Keys report as it is written. The service checks R on Selective Sync and the
 * district before the download starts.
 */
@Named
@ViewScoped
public class KeysReportDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KeysReport keysReport;

  private Long requestId;
  private ReportFormat format = ReportFormat.PDF;

  /** Opens the dialog for a request. */
  public void open(long id) {
    requestId = id;
  }

  /** The report of the chosen request in the chosen format, streamed to the browser. */
  public StreamedContent getReport() {
    long id = requestId;
    keysReport.readable(id);
    ReportFormat chosen = format;
    Locale locale = PageText.locale();
    return DefaultStreamedContent.builder()
        .name(keysReport.fileName(id, chosen))
        .contentType(chosen.contentType())
        .writer(out -> write(id, chosen, locale, out))
        .build();
  }

  private void write(long id, ReportFormat chosen, Locale locale, OutputStream out) {
    try {
      keysReport.write(id, chosen, locale, out);
    } catch (IOException e) {
      throw new ReportFailedException(e);
    }
  }

  public ReportFormat[] getFormats() {
    return ReportFormat.values();
  }

  public ReportFormat getFormat() {
    return format;
  }

  public void setFormat(ReportFormat format) {
    this.format = format;
  }

  public Long getRequestId() {
    return requestId;
  }
}
