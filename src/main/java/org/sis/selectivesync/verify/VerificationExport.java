package org.sis.selectivesync.verify;

import java.io.IOException;
import java.io.OutputStream;
import org.sis.selectivesync.report.ReportFormat;

/**
 * The report of a verification run, checked and ready to stream: its format, a file name and the
 * writing itself, which pages through the run's keys as it goes.
 */
public final class VerificationExport {

  /** Writes a report onto a stream the caller keeps. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private final VerificationRun run;
  private final ReportFormat format;
  private final Body body;

  VerificationExport(VerificationRun run, ReportFormat format, Body body) {
    this.run = run;
    this.format = format;
    this.body = body;
  }

  public String contentType() {
    return format.contentType();
  }

  /** {@code verification-<run>-<object>.<extension>}. */
  public String fileName() {
    return "verification-" + run.id() + "-" + run.object() + "." + format.extension();
  }

  /** Writes the report; the stream stays open. */
  public void writeTo(OutputStream out) throws IOException {
    body.writeTo(out);
  }
}
