package org.sis.selectivesync.edfi;

/**
 * An Ed-Fi import was refused before any file was read: no district, an unknown district or mode,
 * or no file. The message (from the bundle) says what was wrong; nothing was changed. The REST API
 * answers 400, the page shows the message.
 */
public class ImportRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportRefusedException(String message) {
    super(message);
  }
}
