package org.sis.selectivesync.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/sync-requests/{id}/report?format=csv|pdf|xlsx}: the Keys report as a file
 * download, streamed. A missing or unknown format answers 400, an unknown request 404, a caller
 * without R on Selective Sync or of another district 403; all before the first byte of the file.
 * Words and times follow the first language of {@code Accept-Language}.
 */
@Path("sync-requests/{id}/report")
public class KeysReportResource {

  @Inject private KeysReport reports;

  @Context private HttpHeaders headers;

  /** The report of a request in the format asked for. */
  @GET
  public Response download(@PathParam("id") long id, @QueryParam("format") String format) {
    ReportFormat chosen = ReportFormat.parse(format);
    reports.readable(id);
    Locale locale = locale();

    StreamingOutput file = out -> reports.write(id, chosen, locale, out);
    return Response.ok(file, chosen.contentType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + reports.fileName(id, chosen) + "\"")
        .build();
  }

  private Locale locale() {
    List<Locale> wanted = headers.getAcceptableLanguages();
    if (wanted.isEmpty() || wanted.get(0).getLanguage().isEmpty()) {
      return Locale.ENGLISH;
    }
    Locale first = wanted.get(0);
    return "*".equals(first.getLanguage()) ? Locale.ENGLISH : first;
  }
}
