package org.sis.selectivesync.edfi;

/** What happens to a file that has errors. */
public enum ImportMode {
  /** A file with any error imports nothing (the default). */
  ALL_OR_NOTHING,
  /** The valid records of a file are imported; the invalid ones are listed as problems. */
  VALID_RECORDS
}
