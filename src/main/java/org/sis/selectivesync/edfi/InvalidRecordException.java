package org.sis.selectivesync.edfi;

/**
 * One record of a file is invalid: it is left out, and with {@link ImportMode#ALL_OR_NOTHING} so is
 * the rest of its file. Carries the kind of problem and the values its message quotes.
 */
class InvalidRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ImportError error;
  private final transient Object[] values;

  InvalidRecordException(ImportError error, Object... values) {
    super(error.name());
    this.error = error;
    this.values = values.clone();
  }

  ImportError error() {
    return error;
  }

  Object[] values() {
    return values.clone();
  }
}
