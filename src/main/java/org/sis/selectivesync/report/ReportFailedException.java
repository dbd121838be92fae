package org.sis.selectivesync.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A report could not be written: its stream or its document library failed. */
public class ReportFailedException extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  public ReportFailedException(IOException cause) {
    super(cause.getMessage(), cause);
  }

  public ReportFailedException(String message, Exception cause) {
    super(message, cause instanceof IOException io ? io : new IOException(cause));
  }
}
